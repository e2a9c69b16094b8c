package org.reformplatform.admissions.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each reviewer's offset (severity below zero, leniency above) estimated within an intake event, as
 * a decision used it: a reviewer's calibrated total is their total less their offset, within 0..100,
 * half-up to two decimals (a reviewer without an offset keeps their total).
 */
public record ReviewerOffsets(Map<String, BigDecimal> offsets) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ReviewerOffsets {
        offsets = Collections.unmodifiableMap(new TreeMap<>(offsets));
    }

    public BigDecimal offsetOf(String reviewer) {
        return offsets.getOrDefault(reviewer, BigDecimal.ZERO);
    }

    public ReviewerTotal calibrate(ReviewerTotal total) {
        BigDecimal calibrated = total.total().subtract(offsetOf(total.reviewer())).max(BigDecimal.ZERO).min(HUNDRED)
                .setScale(Scorecard.TOTAL_SCALE, RoundingMode.HALF_UP);
        return new ReviewerTotal(total.reviewer(), calibrated, total.recommendation());
    }

    public List<ReviewerTotal> calibrate(List<ReviewerTotal> totals) {
        return totals.stream().map(this::calibrate).toList();
    }

    /** The offsets of the given reviewers only: what one application's decision records. */
    public ReviewerOffsets of(List<ReviewerTotal> totals) {
        Map<String, BigDecimal> panel = new TreeMap<>();
        totals.forEach(t -> panel.put(t.reviewer(), offsetOf(t.reviewer())));
        return new ReviewerOffsets(panel);
    }
}
