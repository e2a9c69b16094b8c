package org.reformplatform.admissions.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.MentorCommand.ChangeCapacity;
import org.reformplatform.admissions.mentoring.MentorCommand.RegisterMentor;
import org.reformplatform.admissions.mentoring.MentorCommand.ReleaseMentee;
import org.reformplatform.admissions.mentoring.MentorCommand.TakeMentee;
import org.reformplatform.admissions.mentoring.MentorEvent.MenteeReleased;
import org.reformplatform.admissions.mentoring.MentorEvent.MenteeTaken;
import org.reformplatform.admissions.mentoring.MentorEvent.MentorCapacityChanged;
import org.reformplatform.admissions.mentoring.MentorEvent.MentorRegistered;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** The rules of a mentor: registration and the capacity every team change is checked against. */
class MentorTest {

    static final MentorId ID = MentorId.random();
    static final Instant T = Instant.parse("2026-05-01T00:00:00Z");
    static final MentorRegistered REGISTERED = new MentorRegistered(ID, "Prof. Chen", MentorKind.FULL_TIME, 2, "AI institute", "chen", T);
    static final StudentId FIRST = StudentId.admittedFrom(ApplicationId.random());
    static final StudentId SECOND = StudentId.admittedFrom(ApplicationId.random());
    static final StudentId THIRD = StudentId.admittedFrom(ApplicationId.random());

    final DeciderSpec<Mentor, MentorCommand, MentorEvent> spec = DeciderSpec.of(
            Mentor.TYPE.decider()::initialState, Mentor.TYPE.decider()::decide, Mentor.TYPE.decider()::evolve)
            .covering(MentorCommand.class, MentorEvent.class);

    static String refusal(DeciderSpec<Mentor, MentorCommand, MentorEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Registering {

        @Test
        void a_mentor_is_registered_with_a_kind_and_a_capacity() {
            spec.given().when(new RegisterMentor(ID, "Prof. Chen", MentorKind.FULL_TIME, 2, "AI institute", "chen", T)).then(REGISTERED);
        }

        @Test
        void a_mentor_takes_at_least_one_student() {
            assertThat(refusal(spec.given().when(new RegisterMentor(ID, "X", MentorKind.INDUSTRY, 0, null, null, T))))
                    .isEqualTo("capacity-not-positive");
            spec.given().when(new RegisterMentor(ID, "X", MentorKind.INDUSTRY, 1, null, null, T))
                    .then(new MentorRegistered(ID, "X", MentorKind.INDUSTRY, 1, null, null, T));
        }

        @Test
        void a_mentor_is_registered_once() {
            assertThat(refusal(spec.given(REGISTERED).when(new RegisterMentor(ID, "Again", MentorKind.PART_TIME, 3, null, null, T))))
                    .isEqualTo("mentor-exists");
        }

        @Test
        void commands_to_an_unknown_mentor_are_refused_as_not_found() {
            RuleViolation refusal = spec.given().when(new TakeMentee(FIRST)).thenRefused(RuleViolation.class);
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
            assertThat(refusal.code()).isEqualTo("unknown-mentor");
        }
    }

    @Nested
    class Capacity {

        @Test
        void the_last_place_can_be_taken_and_none_beyond_it() {
            spec.given(REGISTERED, new MenteeTaken(ID, FIRST)).when(new TakeMentee(SECOND)).then(new MenteeTaken(ID, SECOND));
            RuleViolation full = spec.given(REGISTERED, new MenteeTaken(ID, FIRST), new MenteeTaken(ID, SECOND)).when(new TakeMentee(THIRD))
                    .thenRefused(RuleViolation.class);
            assertThat(full.code()).isEqualTo("mentor-at-capacity");
            assertThat(full.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
            assertThat(full.context()).containsEntry("capacity", 2);
        }

        @Test
        void taking_the_same_student_again_changes_nothing() {
            spec.given(REGISTERED, new MenteeTaken(ID, FIRST)).when(new TakeMentee(FIRST)).then();
        }

        @Test
        void a_released_place_can_be_taken_again() {
            spec.given(REGISTERED, new MenteeTaken(ID, FIRST), new MenteeTaken(ID, SECOND), new MenteeReleased(ID, FIRST))
                    .when(new TakeMentee(THIRD)).then(new MenteeTaken(ID, THIRD));
        }

        @Test
        void releasing_a_student_the_mentor_does_not_mentor_changes_nothing() {
            spec.given(REGISTERED).when(new ReleaseMentee(FIRST)).then();
            spec.given(REGISTERED, new MenteeTaken(ID, FIRST)).when(new ReleaseMentee(FIRST)).then(new MenteeReleased(ID, FIRST));
        }

        @Test
        void the_capacity_can_be_lowered_to_the_current_load_but_not_below() {
            spec.given(REGISTERED, new MenteeTaken(ID, FIRST)).when(new ChangeCapacity(1)).then(new MentorCapacityChanged(ID, 1));
            assertThat(refusal(spec.given(REGISTERED, new MenteeTaken(ID, FIRST), new MenteeTaken(ID, SECOND)).when(new ChangeCapacity(1))))
                    .isEqualTo("capacity-below-load");
            spec.given(REGISTERED).when(new ChangeCapacity(2)).then();
        }
    }

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(MentorCommand.class);
    }
}
