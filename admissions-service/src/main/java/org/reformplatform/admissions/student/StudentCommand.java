package org.reformplatform.admissions.student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.MentorshipSide;
import org.reformplatform.admissions.mentoring.TeamMember;

/** What admission, operators and mentors ask of a student. */
public sealed interface StudentCommand {

    /** Run in the transaction that admits the application. */
    record AdmitStudent(StudentId id, ApplicationId applicationId, IntakeEventId intakeEventId, String candidateName, String organisation,
            Instant at) implements StudentCommand {
    }

    record AddGoal(UUID goalId, String description, Instant at) implements StudentCommand {
    }

    record PlanMilestone(UUID milestoneId, String title, String description, LocalDate targetDate, Instant at) implements StudentCommand {
    }

    record ReachMilestone(UUID milestoneId, LocalDate reachedOn, String evidence, Instant at) implements StudentCommand {
    }

    record RecordProgressNote(String author, String text, Instant at) implements StudentCommand {
    }

    /** The members' kinds come from their Mentor aggregates, whose capacity is taken in the same transaction. */
    record FormMentorTeam(List<TeamMember> members, Instant at) implements StudentCommand {
    }

    record EndMentorship(MentorId mentorId, MentorshipSide side, String reason, Instant at) implements StudentCommand {
    }

    /** Replaces a mentor (current or former) with another; the previous one, if still active, leaves. */
    record RematchMentor(MentorId previousMentorId, TeamMember newMentor, String reason, Instant at) implements StudentCommand {
    }
}
