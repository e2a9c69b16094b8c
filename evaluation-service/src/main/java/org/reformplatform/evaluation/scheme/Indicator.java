package org.reformplatform.evaluation.scheme;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * What is evaluated (评什么), one indicator of a track: it counts for {@code weight} of the track's
 * total, and is scored from 0 to {@code max} (a mark, or counted points up to a cap).
 */
public record Indicator(String code, @NotPersonalData("the name of an indicator") String name, BigDecimal weight, IndicatorKind kind, BigDecimal max) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The value on a common 0–100 scale, so that marks and points add up under their weights. */
    public BigDecimal normalise(BigDecimal value) {
        return value.multiply(HUNDRED).divide(max, 6, RoundingMode.HALF_UP);
    }

    /** Refuses a value outside 0..max, or a fractional count of points. */
    public void check(BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            throw RuleViolation.invalid("score-out-of-range",
                    "The score for " + code + " must be between 0 and " + max.toPlainString() + ", not " + value.toPlainString())
                    .with("indicator", code).with("max", max.toPlainString()).with("value", value.toPlainString());
        }
        if (kind == IndicatorKind.POINTS && value.stripTrailingZeros().scale() > 0) {
            throw RuleViolation.invalid("points-not-whole", "Points for " + code + " are counted in whole numbers, not " + value.toPlainString())
                    .with("indicator", code);
        }
    }
}
