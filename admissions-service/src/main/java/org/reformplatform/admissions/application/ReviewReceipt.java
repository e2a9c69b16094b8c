package org.reformplatform.admissions.application;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reviewer is told after reviewing: their total and where the application now stands. */
@Schema(name = "ReviewReceipt")
public record ReviewReceipt(UUID applicationId, String reviewer, BigDecimal total, int reviewsIn, int requiredReviews,
        @Schema(description = "under_review until the required reviews are in; then admitted, rejected or special_review") String status) {
}
