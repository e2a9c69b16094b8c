package org.reformplatform.admissions.application;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application in a list, from the read model (eventually consistent). */
@Schema(name = "ApplicationListing")
public record ApplicationListing(UUID id, UUID intakeEventId,
        @Schema(description = "Null for operators while a blind-review application is undecided") String organisation,
        @Schema(description = "Null for operators while a blind-review application is undecided") String candidateName,
        String reviewPseudonym, boolean blindReview, String status,
        Instant submittedAt, Instant updatedAt, int reviewsIn, int requiredReviews, UUID studentId) {

    /** @param owner whether the caller is the submitting organisation, who always knows its candidate */
    static ApplicationListing of(ApplicationSummary row, boolean owner) {
        boolean hidden = row.blindReview && !owner && !row.status.isFinal();
        return new ApplicationListing(row.id, row.intakeEventId, hidden ? null : row.organisation, hidden ? null : row.candidateName,
                row.reviewPseudonym, row.blindReview, row.status.name().toLowerCase(),
                row.submittedAt, row.updatedAt, row.reviewsIn, row.requiredReviews, row.studentId);
    }
}
