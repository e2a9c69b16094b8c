package org.reformplatform.admissions.student;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.admissions.mentoring.Mentorship;

/** A student as the API shows it, current as of now: no term, no end date; the plan and the mentor team. */
@Schema(name = "Student")
public record StudentView(
        UUID id,
        UUID applicationId,
        UUID intakeEventId,
        String candidateName,
        String organisation,
        Instant admittedAt,
        IndividualPlan plan,
        @Schema(description = "Current mentors") List<Mentorship> mentorTeam,
        @Schema(description = "Mentors whose mentorship ended or was re-matched") List<Mentorship> formerMentors,
        @Schema(description = "Whether the team has the full-time or part-time mentor it needs") boolean hasAcademicMentor) {

    public static StudentView of(Student s) {
        return new StudentView(s.id().value(), s.applicationId().value(), s.intakeEventId().value(), s.candidateName(), s.organisation(),
                s.admittedAt(), s.plan(), s.team().active(), s.team().mentorships().stream().filter(m -> !m.active()).toList(),
                s.team().hasAcademicMentor());
    }
}
