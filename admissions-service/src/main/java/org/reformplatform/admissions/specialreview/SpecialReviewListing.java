package org.reformplatform.admissions.specialreview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.admissions.review.ReviewCalibration;
import org.reformplatform.admissions.review.ReviewerTotal;
import org.reformplatform.admissions.review.SpecialReviewReason;

/** A case on the special-review docket, from the read model. */
@Schema(name = "SpecialReviewCase")
public record SpecialReviewListing(
        UUID applicationId,
        UUID intakeEventId,
        String candidateName,
        List<ReviewerTotal> reviewerTotals,
        BigDecimal meanTotal,
        BigDecimal spread,
        List<SpecialReviewReason> reasons,
        BigDecimal admissionBar,
        BigDecimal spreadThreshold,
        Instant referredAt,
        @Schema(description = "When the committee must decide by (its time limit)") Instant decisionDueAt,
        @Schema(description = "The time limit passed with the case undecided: escalated to the operators") boolean escalated,
        Instant escalatedAt,
        @Schema(description = "pending, admitted, rejected or withdrawn") String status,
        String rationale,
        String decidedBy,
        Instant decidedAt,
        @Schema(description = "What the intake event's policy reads (RAW or CALIBRATED): meanTotal and spread are on it, as is percentile")
        String scoreBasis,
        @Schema(description = "The mean of the reviewers' totals as they gave them, now") BigDecimal rawMeanTotal,
        @Schema(description = "The mean of the reviewers' totals each less the reviewer's offset estimated within the intake event's "
                + "reviews (recorded so far), within 0-100; see the admissions README, \"Calibrated scores\"") BigDecimal calibratedMeanTotal,
        @Schema(description = "The application's percentile within its intake event, on scoreBasis: 100 x (below + equal/2) / n over the "
                + "event's reviewed applications (below: strictly lower mean; equal: the same mean, itself included); higher is better")
        BigDecimal percentile) {

    static SpecialReviewListing of(SpecialReviewCase row, ObjectMapper mapper, ReviewCalibration.Result calibration) {
        List<ReviewerTotal> totals;
        try {
            totals = mapper.readValue(row.reviewerTotals, new TypeReference<List<ReviewerTotal>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable reviewer totals of " + row.applicationId, e);
        }
        ReviewCalibration.Standing standing = calibration.standings().get(row.applicationId);
        List<SpecialReviewReason> reasons = row.reasons.isEmpty() ? List.of()
                : Arrays.stream(row.reasons.split(",")).map(SpecialReviewReason::valueOf).toList();
        return new SpecialReviewListing(row.applicationId, row.intakeEventId, row.candidateName, totals, row.meanTotal, row.spread, reasons,
                row.admissionBar, row.spreadThreshold, row.referredAt, row.decisionDueAt, row.escalatedAt != null, row.escalatedAt,
                row.status.name().toLowerCase(), row.rationale, row.decidedBy,
                row.decidedAt, calibration.basis().name(), standing == null ? null : standing.rawMeanTotal(),
                standing == null ? null : standing.calibratedMeanTotal(), standing == null ? null : standing.percentile());
    }
}
