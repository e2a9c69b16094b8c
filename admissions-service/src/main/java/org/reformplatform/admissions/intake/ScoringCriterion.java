package org.reformplatform.admissions.intake;

import java.math.BigDecimal;

/**
 * A published criterion reviewers score project work on: a score from 0 to {@code maxScore},
 * counting for {@code weight} of the total. An event's weights add up to exactly 1.
 */
public record ScoringCriterion(String code, String description, BigDecimal weight, int maxScore) {
}
