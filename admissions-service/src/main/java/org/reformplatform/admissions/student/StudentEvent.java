package org.reformplatform.admissions.student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.MentorKind;
import org.reformplatform.admissions.mentoring.MentorshipSide;
import org.reformplatform.admissions.mentoring.TeamMember;
import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens to a student. Published on {@code admissions.events}. */
public sealed interface StudentEvent {

    StudentId studentId();

    /**
     * The cross-service contract {@code admissions.StudentAdmitted.v1} (docs/architecture.md):
     * exactly these fields. incubation-service links the student as a founder from it.
     */
    record StudentAdmitted(StudentId studentId, ApplicationId applicationId, IntakeEventId intakeEventId, @PersonalData String candidateName,
            String organisation, Instant admittedAt) implements StudentEvent {
    }

    record PlanGoalAdded(StudentId studentId, UUID goalId, String description, Instant addedAt) implements StudentEvent {
    }

    record MilestonePlanned(StudentId studentId, UUID milestoneId, String title, String description, LocalDate targetDate,
            Instant plannedAt) implements StudentEvent {
    }

    record MilestoneReached(StudentId studentId, UUID milestoneId, LocalDate reachedOn, String evidence, Instant recordedAt)
            implements StudentEvent {
    }

    record ProgressNoteRecorded(StudentId studentId, @NotPersonalData(NotPersonalData.ACTING_IN_ROLE) String author, @PersonalData String text, Instant recordedAt) implements StudentEvent {
    }

    record MentorTeamFormed(StudentId studentId, List<TeamMember> members, Instant formedAt) implements StudentEvent {
    }

    record MentorshipEnded(StudentId studentId, MentorId mentorId, MentorshipSide endedBy, String reason, Instant endedAt)
            implements StudentEvent {
    }

    /** Re-matching, recorded: the previous mentor leaves (if they had not already) and the new one joins. */
    record MentorRematched(StudentId studentId, MentorId previousMentorId, MentorId newMentorId, MentorKind newMentorKind, String reason,
            Instant rematchedAt) implements StudentEvent {
    }
}
