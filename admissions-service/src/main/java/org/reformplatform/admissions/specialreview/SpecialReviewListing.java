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
        Instant decidedAt) {

    static SpecialReviewListing of(SpecialReviewCase row, ObjectMapper mapper) {
        List<ReviewerTotal> totals;
        try {
            totals = mapper.readValue(row.reviewerTotals, new TypeReference<List<ReviewerTotal>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable reviewer totals of " + row.applicationId, e);
        }
        List<SpecialReviewReason> reasons = row.reasons.isEmpty() ? List.of()
                : Arrays.stream(row.reasons.split(",")).map(SpecialReviewReason::valueOf).toList();
        return new SpecialReviewListing(row.applicationId, row.intakeEventId, row.candidateName, totals, row.meanTotal, row.spread, reasons,
                row.admissionBar, row.spreadThreshold, row.referredAt, row.decisionDueAt, row.escalatedAt != null, row.escalatedAt,
                row.status.name().toLowerCase(), row.rationale, row.decidedBy,
                row.decidedAt);
    }
}
