package org.reformplatform.admissions.student;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A student in a list, from the admissions read model. */
@Schema(name = "StudentListing")
public record StudentListing(UUID id, UUID applicationId, UUID intakeEventId, String candidateName, String organisation, Instant admittedAt) {

    static StudentListing of(AdmittedStudent row) {
        return new StudentListing(row.studentId, row.applicationId, row.intakeEventId, row.candidateName, row.organisation, row.admittedAt);
    }
}
