package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;

/** One evaluator's value for one indicator: a mark, or counted points. */
public record IndicatorScore(String indicator, BigDecimal value) {
}
