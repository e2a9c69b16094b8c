package org.reformplatform.admissions.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A review as recorded: every criterion scored, the total it makes, and the recommendation. */
public record Review(String reviewer, List<CriterionScore> scores, Recommendation recommendation, BigDecimal total, Instant reviewedAt) {

    public ReviewerTotal asTotal() {
        return new ReviewerTotal(reviewer, total, recommendation);
    }
}
