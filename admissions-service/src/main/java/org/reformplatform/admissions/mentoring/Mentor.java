package org.reformplatform.admissions.mentoring;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A mentor and the students they mentor. The capacity rule lives here, in the mentor's own stream:
 * a team change takes a place from each mentor in the same transaction, so that two teams formed at
 * once can never overbook a mentor.
 */
public record Mentor(MentorId id, boolean exists, String name, MentorKind kind, int capacity, String affiliation, String subject,
        UUID researcherId, Set<StudentId> mentees) {

    public static final AggregateType<Mentor, MentorCommand, MentorEvent> TYPE = new AggregateType<>("Mentor", new Lifecycle());

    public static final Mentor NONE = new Mentor(null, false, null, null, 0, null, null, null, Set.of());

    public int freePlaces() {
        return capacity - mentees.size();
    }

    /** How a mentor decides commands and evolves with its events. */
    static final class Lifecycle implements Decider<Mentor, MentorCommand, MentorEvent> {

        @Override
        public Mentor initialState() {
            return NONE;
        }

        @Override
        public List<MentorEvent> decide(MentorCommand command, Mentor state) {
            if (command instanceof RegisterMentor register) {
                require(!state.exists, () -> RuleViolation.conflict("mentor-exists", "The mentor is registered already"));
                require(register.name() != null && !register.name().isBlank(), () -> RuleViolation.invalid("mentor-name-required", "Name the mentor"));
                requirePositive(register.capacity());
                return List.of(new MentorRegistered(register.id(), register.name(), register.kind(), register.capacity(), register.affiliation(),
                        register.subject(), register.at(), register.researcherId()));
            }
            require(state.exists, () -> RuleViolation.notFound("unknown-mentor", "There is no such mentor"));
            if (command instanceof ChangeCapacity change) {
                requirePositive(change.capacity());
                require(change.capacity() >= state.mentees.size(), () -> RuleViolation.conflict("capacity-below-load",
                        "The mentor mentors " + state.mentees.size() + " students; the capacity cannot be lower")
                        .with("students", state.mentees.size()));
                return change.capacity() == state.capacity ? List.of() : List.of(new MentorCapacityChanged(state.id, change.capacity()));
            }
            if (command instanceof TakeMentee take) {
                if (state.mentees.contains(take.studentId())) {
                    return List.of();
                }
                require(state.freePlaces() > 0, () -> RuleViolation.conflict("mentor-at-capacity",
                        state.name + " already mentors " + state.capacity + " students, their capacity")
                        .with("mentorId", state.id.value().toString()).with("capacity", state.capacity));
                return List.of(new MenteeTaken(state.id, take.studentId()));
            }
            if (command instanceof ReleaseMentee release) {
                return state.mentees.contains(release.studentId()) ? List.of(new MenteeReleased(state.id, release.studentId())) : List.of();
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static void requirePositive(int capacity) {
            require(capacity > 0, () -> RuleViolation.invalid("capacity-not-positive", "A mentor takes at least one student"));
        }

        @Override
        public Mentor evolve(Mentor s, MentorEvent event) {
            if (event instanceof MentorRegistered r) {
                return new Mentor(r.mentorId(), true, r.name(), r.kind(), r.capacity(), r.affiliation(), r.subject(), r.researcherId(), Set.of());
            }
            if (event instanceof MentorCapacityChanged c) {
                return new Mentor(s.id, true, s.name, s.kind, c.capacity(), s.affiliation, s.subject, s.researcherId, s.mentees);
            }
            if (event instanceof MenteeTaken t) {
                Set<StudentId> mentees = new HashSet<>(s.mentees);
                mentees.add(t.studentId());
                return new Mentor(s.id, true, s.name, s.kind, s.capacity, s.affiliation, s.subject, s.researcherId, Set.copyOf(mentees));
            }
            if (event instanceof MenteeReleased r) {
                Set<StudentId> mentees = new HashSet<>(s.mentees);
                mentees.remove(r.studentId());
                return new Mentor(s.id, true, s.name, s.kind, s.capacity, s.affiliation, s.subject, s.researcherId, Set.copyOf(mentees));
            }
            return s;
        }
    }
}
