package org.reformplatform.admissions.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.MentorKind;
import org.reformplatform.admissions.mentoring.MentorshipSide;
import org.reformplatform.admissions.mentoring.TeamMember;
import org.reformplatform.admissions.student.StudentCommand.AddGoal;
import org.reformplatform.admissions.student.StudentCommand.AdmitStudent;
import org.reformplatform.admissions.student.StudentCommand.EndMentorship;
import org.reformplatform.admissions.student.StudentCommand.FormMentorTeam;
import org.reformplatform.admissions.student.StudentCommand.PlanMilestone;
import org.reformplatform.admissions.student.StudentCommand.ReachMilestone;
import org.reformplatform.admissions.student.StudentCommand.RecordProgressNote;
import org.reformplatform.admissions.student.StudentCommand.RematchMentor;
import org.reformplatform.admissions.student.StudentEvent.MentorRematched;
import org.reformplatform.admissions.student.StudentEvent.MentorTeamFormed;
import org.reformplatform.admissions.student.StudentEvent.MentorshipEnded;
import org.reformplatform.admissions.student.StudentEvent.MilestonePlanned;
import org.reformplatform.admissions.student.StudentEvent.MilestoneReached;
import org.reformplatform.admissions.student.StudentEvent.PlanGoalAdded;
import org.reformplatform.admissions.student.StudentEvent.ProgressNoteRecorded;
import org.reformplatform.admissions.student.StudentEvent.StudentAdmitted;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** The rules of a student: admission, the individual plan, and the mentor team. */
class StudentTest {

    static final ApplicationId APPLICATION = ApplicationId.random();
    static final StudentId ID = StudentId.admittedFrom(APPLICATION);
    static final IntakeEventId EVENT = IntakeEventId.random();
    static final Instant ADMITTED_AT = Instant.parse("2026-07-01T10:00:00Z");
    static final StudentAdmitted ADMITTED = new StudentAdmitted(ID, APPLICATION, EVENT, "Li Wei", "uni-a", ADMITTED_AT);

    static final TeamMember FULL_TIME = new TeamMember(MentorId.random(), MentorKind.FULL_TIME);
    static final TeamMember PART_TIME = new TeamMember(MentorId.random(), MentorKind.PART_TIME);
    static final TeamMember INDUSTRY = new TeamMember(MentorId.random(), MentorKind.INDUSTRY);
    static final TeamMember INDUSTRY_2 = new TeamMember(MentorId.random(), MentorKind.INDUSTRY);
    static final MentorTeamFormed TEAM = new MentorTeamFormed(ID, List.of(FULL_TIME, INDUSTRY), ADMITTED_AT);

    final DeciderSpec<Student, StudentCommand, StudentEvent> spec = DeciderSpec.of(
            Student.TYPE.decider()::initialState, Student.TYPE.decider()::decide, Student.TYPE.decider()::evolve)
            .covering(StudentCommand.class, StudentEvent.class);

    static String refusal(DeciderSpec<Student, StudentCommand, StudentEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Admission {

        @Test
        void admission_creates_the_student_with_exactly_the_published_fields() {
            spec.given().when(new AdmitStudent(ID, APPLICATION, EVENT, "Li Wei", "uni-a", ADMITTED_AT)).then(ADMITTED);
        }

        @Test
        void a_student_is_admitted_once() {
            assertThat(refusal(spec.given(ADMITTED).when(new AdmitStudent(ID, APPLICATION, EVENT, "Li Wei", "uni-a", ADMITTED_AT))))
                    .isEqualTo("student-exists");
        }

        @Test
        void commands_to_an_unknown_student_are_refused_as_not_found() {
            RuleViolation refusal = spec.given().when(new AddGoal(UUID.randomUUID(), "x", ADMITTED_AT)).thenRefused(RuleViolation.class);
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
            assertThat(refusal.code()).isEqualTo("unknown-student");
        }
    }

    @Nested
    class IndividualPlanRules {

        final UUID milestone = UUID.randomUUID();
        final MilestonePlanned planned = new MilestonePlanned(ID, milestone, "Prototype", null, null, ADMITTED_AT);

        @Test
        void goals_milestones_and_notes_are_recorded() {
            UUID goal = UUID.randomUUID();
            spec.given(ADMITTED).when(new AddGoal(goal, "Publish", ADMITTED_AT)).then(new PlanGoalAdded(ID, goal, "Publish", ADMITTED_AT));
            spec.given(ADMITTED).when(new PlanMilestone(milestone, "Prototype", null, null, ADMITTED_AT)).then(planned);
            spec.given(ADMITTED).when(new RecordProgressNote("mentor-1", "Good start", ADMITTED_AT))
                    .then(new ProgressNoteRecorded(ID, "mentor-1", "Good start", ADMITTED_AT));
        }

        @Test
        void there_is_no_term_and_no_minimum_years_progress_is_recorded_whenever_it_happens() {
            Instant nineYearsOn = ADMITTED_AT.plus(9 * 365, ChronoUnit.DAYS);
            LocalDate reachedOn = LocalDate.of(2035, 6, 1);
            spec.given(ADMITTED, planned).when(new ReachMilestone(milestone, reachedOn, "thesis", nineYearsOn))
                    .then(new MilestoneReached(ID, milestone, reachedOn, "thesis", nineYearsOn));
            spec.given(ADMITTED, planned).when(new ReachMilestone(milestone, LocalDate.of(2026, 7, 1), "fast", ADMITTED_AT))
                    .then(new MilestoneReached(ID, milestone, LocalDate.of(2026, 7, 1), "fast", ADMITTED_AT));
        }

        @Test
        void a_milestone_is_reached_once_and_only_if_planned() {
            MilestoneReached reached = new MilestoneReached(ID, milestone, LocalDate.of(2026, 8, 1), null, ADMITTED_AT.plus(40, ChronoUnit.DAYS));
            assertThat(refusal(spec.given(ADMITTED, planned, reached)
                    .when(new ReachMilestone(milestone, LocalDate.of(2026, 9, 1), null, ADMITTED_AT.plus(90, ChronoUnit.DAYS)))))
                    .isEqualTo("milestone-already-reached");
            RuleViolation unknown = spec.given(ADMITTED).when(new ReachMilestone(milestone, LocalDate.of(2026, 8, 1), null,
                    ADMITTED_AT.plus(90, ChronoUnit.DAYS))).thenRefused(RuleViolation.class);
            assertThat(unknown.code()).isEqualTo("unknown-milestone");
        }

        @Test
        void a_milestone_is_not_reached_before_admission_nor_in_the_future() {
            assertThat(refusal(spec.given(ADMITTED, planned).when(new ReachMilestone(milestone, LocalDate.of(2026, 6, 30), null,
                    ADMITTED_AT.plus(30, ChronoUnit.DAYS))))).isEqualTo("reached-before-admission");
            assertThat(refusal(spec.given(ADMITTED, planned).when(new ReachMilestone(milestone, LocalDate.of(2026, 7, 2), null,
                    ADMITTED_AT)))).isEqualTo("reached-in-future");
        }

        @Test
        void a_goal_or_a_note_needs_text() {
            assertThat(refusal(spec.given(ADMITTED).when(new AddGoal(UUID.randomUUID(), " ", ADMITTED_AT)))).isEqualTo("goal-required");
            assertThat(refusal(spec.given(ADMITTED).when(new RecordProgressNote("m", "", ADMITTED_AT)))).isEqualTo("note-required");
        }
    }

    @Nested
    class MentorTeams {

        @Test
        void a_team_mixes_an_academic_mentor_with_an_optional_industry_one() {
            spec.given(ADMITTED).when(new FormMentorTeam(List.of(FULL_TIME, INDUSTRY), ADMITTED_AT)).then(TEAM);
            spec.given(ADMITTED).when(new FormMentorTeam(List.of(PART_TIME), ADMITTED_AT))
                    .then(new MentorTeamFormed(ID, List.of(PART_TIME), ADMITTED_AT));
        }

        @Test
        void industry_mentors_alone_are_not_a_team() {
            assertThat(refusal(spec.given(ADMITTED).when(new FormMentorTeam(List.of(INDUSTRY, INDUSTRY_2), ADMITTED_AT))))
                    .isEqualTo("no-academic-mentor");
            assertThat(refusal(spec.given(ADMITTED).when(new FormMentorTeam(List.of(), ADMITTED_AT)))).isEqualTo("no-academic-mentor");
        }

        @Test
        void a_mentor_is_on_a_team_once() {
            assertThat(refusal(spec.given(ADMITTED).when(new FormMentorTeam(List.of(FULL_TIME, FULL_TIME), ADMITTED_AT))))
                    .isEqualTo("duplicate-mentor");
        }

        @Test
        void a_student_with_a_team_is_not_given_a_second_one() {
            assertThat(refusal(spec.given(ADMITTED, TEAM).when(new FormMentorTeam(List.of(PART_TIME), ADMITTED_AT))))
                    .isEqualTo("mentor-team-exists");
        }

        @Test
        void either_side_may_end_a_mentorship_while_an_academic_mentor_stays() {
            MentorshipEnded ended = new MentorshipEnded(ID, INDUSTRY.mentorId(), MentorshipSide.STUDENT, "New direction", ADMITTED_AT);
            spec.given(ADMITTED, TEAM).when(new EndMentorship(INDUSTRY.mentorId(), MentorshipSide.STUDENT, "New direction", ADMITTED_AT))
                    .then(ended);
            MentorTeamFormed academicPair = new MentorTeamFormed(ID, List.of(FULL_TIME, PART_TIME), ADMITTED_AT);
            spec.given(ADMITTED, academicPair).when(new EndMentorship(FULL_TIME.mentorId(), MentorshipSide.MENTOR, "Sabbatical", ADMITTED_AT))
                    .then(new MentorshipEnded(ID, FULL_TIME.mentorId(), MentorshipSide.MENTOR, "Sabbatical", ADMITTED_AT));
        }

        @Test
        void the_last_academic_mentor_is_re_matched_not_ended_by_either_side() {
            for (MentorshipSide side : MentorshipSide.values()) {
                assertThat(refusal(spec.given(ADMITTED, TEAM).when(new EndMentorship(FULL_TIME.mentorId(), side, "Sabbatical", ADMITTED_AT))))
                        .isEqualTo("last-academic-mentor");
            }
            MentorTeamFormed alone = new MentorTeamFormed(ID, List.of(PART_TIME), ADMITTED_AT);
            assertThat(refusal(spec.given(ADMITTED, alone).when(new EndMentorship(PART_TIME.mentorId(), MentorshipSide.STUDENT, null,
                    ADMITTED_AT)))).isEqualTo("last-academic-mentor");
            // The industry mentor leaving first changes nothing: the academic one still cannot leave the team empty.
            MentorshipEnded industryLeft = new MentorshipEnded(ID, INDUSTRY.mentorId(), MentorshipSide.MENTOR, null, ADMITTED_AT);
            assertThat(refusal(spec.given(ADMITTED, TEAM, industryLeft).when(new EndMentorship(FULL_TIME.mentorId(), MentorshipSide.MENTOR,
                    null, ADMITTED_AT)))).isEqualTo("last-academic-mentor");
        }

        @Test
        void only_a_current_mentorship_can_end() {
            MentorshipEnded ended = new MentorshipEnded(ID, INDUSTRY.mentorId(), MentorshipSide.STUDENT, null, ADMITTED_AT);
            assertThat(refusal(spec.given(ADMITTED, TEAM, ended).when(new EndMentorship(INDUSTRY.mentorId(), MentorshipSide.MENTOR, null,
                    ADMITTED_AT)))).isEqualTo("not-a-current-mentor");
            assertThat(refusal(spec.given(ADMITTED, TEAM).when(new EndMentorship(PART_TIME.mentorId(), MentorshipSide.MENTOR, null,
                    ADMITTED_AT)))).isEqualTo("not-a-current-mentor");
        }

        @Test
        void re_matching_is_recorded_naming_the_previous_and_the_new_mentor() {
            MentorRematched rematched = new MentorRematched(ID, FULL_TIME.mentorId(), PART_TIME.mentorId(), MentorKind.PART_TIME, "Closer topic",
                    ADMITTED_AT);
            spec.given(ADMITTED, TEAM).when(new RematchMentor(FULL_TIME.mentorId(), PART_TIME, "Closer topic", ADMITTED_AT)).then(rematched);
            Student after = spec.given(ADMITTED, TEAM, rematched).state();
            assertThat(after.team().active()).extracting(m -> m.mentorId()).containsExactlyInAnyOrder(INDUSTRY.mentorId(), PART_TIME.mentorId());
            assertThat(after.team().everIncluded(FULL_TIME.mentorId())).isTrue();
        }

        @Test
        void a_mentor_whose_mentorship_ended_can_be_replaced() {
            MentorshipEnded ended = new MentorshipEnded(ID, FULL_TIME.mentorId(), MentorshipSide.MENTOR, null, ADMITTED_AT);
            spec.given(ADMITTED, TEAM, ended).when(new RematchMentor(FULL_TIME.mentorId(), PART_TIME, null, ADMITTED_AT))
                    .then(new MentorRematched(ID, FULL_TIME.mentorId(), PART_TIME.mentorId(), MentorKind.PART_TIME, null, ADMITTED_AT));
        }

        @Test
        void re_matching_keeps_an_academic_mentor_on_the_team() {
            assertThat(refusal(spec.given(ADMITTED, TEAM).when(new RematchMentor(FULL_TIME.mentorId(), INDUSTRY_2, null, ADMITTED_AT))))
                    .isEqualTo("no-academic-mentor");
            spec.given(ADMITTED, TEAM).when(new RematchMentor(INDUSTRY.mentorId(), INDUSTRY_2, null, ADMITTED_AT))
                    .then(new MentorRematched(ID, INDUSTRY.mentorId(), INDUSTRY_2.mentorId(), MentorKind.INDUSTRY, null, ADMITTED_AT));
        }

        @Test
        void re_matching_names_a_mentor_of_the_team_and_another_one_not_on_it() {
            assertThat(refusal(spec.given(ADMITTED, TEAM).when(new RematchMentor(PART_TIME.mentorId(), INDUSTRY_2, null, ADMITTED_AT))))
                    .isEqualTo("not-a-team-mentor");
            assertThat(refusal(spec.given(ADMITTED, TEAM).when(new RematchMentor(INDUSTRY.mentorId(), FULL_TIME, null, ADMITTED_AT))))
                    .isEqualTo("mentor-already-in-team");
            assertThat(refusal(spec.given(ADMITTED, TEAM).when(new RematchMentor(INDUSTRY.mentorId(), INDUSTRY, null, ADMITTED_AT))))
                    .isEqualTo("same-mentor");
        }
    }

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(StudentCommand.class);
    }
}
