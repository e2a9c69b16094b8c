package org.reformplatform.admissions.application;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application in a list, from the read model (eventually consistent). */
@Schema(name = "ApplicationListing")
public record ApplicationListing(UUID id, UUID intakeEventId, String organisation, String candidateName, String status,
        Instant submittedAt, Instant updatedAt, int reviewsIn, int requiredReviews, UUID studentId) {

    static ApplicationListing of(ApplicationSummary row) {
        return new ApplicationListing(row.id, row.intakeEventId, row.organisation, row.candidateName, row.status.name().toLowerCase(),
                row.submittedAt, row.updatedAt, row.reviewsIn, row.requiredReviews, row.studentId);
    }
}
