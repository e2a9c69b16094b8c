package org.reformplatform.admissions.student;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.MentorTeam;
import org.reformplatform.admissions.mentoring.TeamMember;
import org.reformplatform.admissions.student.IndividualPlan.Goal;
import org.reformplatform.admissions.student.IndividualPlan.Milestone;
import org.reformplatform.admissions.student.IndividualPlan.ProgressNote;
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
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * An admitted student (阵地式培养): no fixed term, no minimum years, no end date. Progress is the
 * individual plan's milestones; guidance is the mentor team.
 */
public record Student(
        StudentId id,
        boolean exists,
        ApplicationId applicationId,
        IntakeEventId intakeEventId,
        String candidateName,
        String organisation,
        Instant admittedAt,
        IndividualPlan plan,
        MentorTeam team) {

    public static final AggregateType<Student, StudentCommand, StudentEvent> TYPE = new AggregateType<>("Student", new Lifecycle());

    public static final Student NONE = new Student(null, false, null, null, null, null, null, IndividualPlan.EMPTY, MentorTeam.NONE);

    /** How a student decides commands and evolves with its events. */
    static final class Lifecycle implements Decider<Student, StudentCommand, StudentEvent> {

        @Override
        public Student initialState() {
            return NONE;
        }

        @Override
        public List<StudentEvent> decide(StudentCommand command, Student state) {
            if (command instanceof AdmitStudent admit) {
                require(!state.exists, () -> RuleViolation.conflict("student-exists", "The student is admitted already"));
                return List.of(new StudentAdmitted(admit.id(), admit.applicationId(), admit.intakeEventId(), admit.candidateName(),
                        admit.organisation(), admit.at()));
            }
            require(state.exists, () -> RuleViolation.notFound("unknown-student", "There is no such student"));
            if (command instanceof AddGoal goal) {
                requireText(goal.description(), "goal-required", "Describe the goal");
                return List.of(new PlanGoalAdded(state.id, goal.goalId(), goal.description(), goal.at()));
            }
            if (command instanceof PlanMilestone plan) {
                requireText(plan.title(), "milestone-title-required", "Name the milestone");
                return List.of(new MilestonePlanned(state.id, plan.milestoneId(), plan.title(), plan.description(), plan.targetDate(), plan.at()));
            }
            if (command instanceof ReachMilestone reach) {
                return reach(reach, state);
            }
            if (command instanceof RecordProgressNote note) {
                requireText(note.text(), "note-required", "A progress note needs text");
                return List.of(new ProgressNoteRecorded(state.id, note.author(), note.text(), note.at()));
            }
            if (command instanceof FormMentorTeam form) {
                require(state.team.active().isEmpty(), () -> RuleViolation.conflict("mentor-team-exists",
                        "The student has a mentor team; end or re-match mentorships instead"));
                MentorTeam.requireComposition(form.members());
                return List.of(new MentorTeamFormed(state.id, List.copyOf(form.members()), form.at()));
            }
            if (command instanceof EndMentorship end) {
                require(state.team.isActive(end.mentorId()), () -> RuleViolation.conflict("not-a-current-mentor",
                        "Mentor " + end.mentorId().value() + " is not on the student's team"));
                state.team.requireAcademicMentorWithout(end.mentorId());
                return List.of(new MentorshipEnded(state.id, end.mentorId(), end.side(), end.reason(), end.at()));
            }
            if (command instanceof RematchMentor rematch) {
                return rematch(rematch, state);
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        /** Milestones may be reached at any time after admission (no minimum years), but not in the future. */
        private static List<StudentEvent> reach(ReachMilestone reach, Student state) {
            Milestone milestone = state.plan.milestone(reach.milestoneId()).orElseThrow(() -> RuleViolation.notFound("unknown-milestone",
                    "The plan has no milestone " + reach.milestoneId()));
            require(!milestone.reached(), () -> RuleViolation.conflict("milestone-already-reached",
                    "\"" + milestone.title() + "\" was reached on " + milestone.reachedOn()));
            require(!reach.reachedOn().isBefore(state.admittedAt.atZone(ZoneOffset.UTC).toLocalDate()), () -> RuleViolation.invalid(
                    "reached-before-admission", "A milestone cannot be reached before the student was admitted"));
            require(!reach.reachedOn().isAfter(reach.at().atZone(ZoneOffset.UTC).toLocalDate()), () -> RuleViolation.invalid(
                    "reached-in-future", "A milestone is recorded once it is reached, not before"));
            return List.of(new MilestoneReached(state.id, reach.milestoneId(), reach.reachedOn(), reach.evidence(), reach.at()));
        }

        /** Re-matching replaces a current or former mentor; the team must still have a full-time or part-time mentor. */
        private static List<StudentEvent> rematch(RematchMentor rematch, Student state) {
            TeamMember next = rematch.newMentor();
            require(state.team.everIncluded(rematch.previousMentorId()), () -> RuleViolation.conflict("not-a-team-mentor",
                    "Mentor " + rematch.previousMentorId().value() + " was never on the student's team"));
            require(!next.mentorId().equals(rematch.previousMentorId()), () -> RuleViolation.invalid("same-mentor",
                    "A re-match names another mentor"));
            require(!state.team.isActive(next.mentorId()), () -> RuleViolation.conflict("mentor-already-in-team",
                    "Mentor " + next.mentorId().value() + " is on the student's team already"));
            List<TeamMember> after = new ArrayList<>();
            state.team.active().stream().filter(m -> !m.mentorId().equals(rematch.previousMentorId()))
                    .forEach(m -> after.add(new TeamMember(m.mentorId(), m.kind())));
            after.add(next);
            MentorTeam.requireComposition(after);
            return List.of(new MentorRematched(state.id, rematch.previousMentorId(), next.mentorId(), next.kind(), rematch.reason(), rematch.at()));
        }

        private static void requireText(String text, String code, String detail) {
            require(text != null && !text.isBlank(), () -> RuleViolation.invalid(code, detail));
        }

        @Override
        public Student evolve(Student s, StudentEvent event) {
            if (event instanceof StudentAdmitted a) {
                return new Student(a.studentId(), true, a.applicationId(), a.intakeEventId(), a.candidateName(), a.organisation(),
                        a.admittedAt(), IndividualPlan.EMPTY, MentorTeam.NONE);
            }
            if (event instanceof PlanGoalAdded g) {
                return s.with(s.plan.withGoal(new Goal(g.goalId(), g.description(), g.addedAt())), s.team);
            }
            if (event instanceof MilestonePlanned m) {
                return s.with(s.plan.withMilestone(new Milestone(m.milestoneId(), m.title(), m.description(), m.targetDate(), null, null)), s.team);
            }
            if (event instanceof MilestoneReached r) {
                return s.with(s.plan.withReached(r.milestoneId(), r.reachedOn(), r.evidence()), s.team);
            }
            if (event instanceof ProgressNoteRecorded n) {
                return s.with(s.plan.withNote(new ProgressNote(n.author(), n.text(), n.recordedAt())), s.team);
            }
            if (event instanceof MentorTeamFormed f) {
                return s.with(s.plan, s.team.joined(f.members(), f.formedAt()));
            }
            if (event instanceof MentorshipEnded e) {
                return s.with(s.plan, s.team.ended(e.mentorId(), e.endedAt(), e.endedBy()));
            }
            if (event instanceof MentorRematched r) {
                return s.with(s.plan, s.team.ended(r.previousMentorId(), r.rematchedAt(), null)
                        .joined(List.of(new TeamMember(r.newMentorId(), r.newMentorKind())), r.rematchedAt()));
            }
            return s;
        }
    }

    private Student with(IndividualPlan newPlan, MentorTeam newTeam) {
        return new Student(id, exists, applicationId, intakeEventId, candidateName, organisation, admittedAt, newPlan, newTeam);
    }
}
