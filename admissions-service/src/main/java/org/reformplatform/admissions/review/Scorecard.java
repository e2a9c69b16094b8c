package org.reformplatform.admissions.review;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A reviewer's scores against the published criteria. Every criterion must be scored, once, within
 * 0..maxScore; the total is on a 0–100 scale: Σ weight × score / maxScore × 100, recorded with two
 * decimals so that what is compared with the thresholds is exactly what is published.
 */
public final class Scorecard {

    /** Totals carry two decimals: enough to tell reviewers apart, few enough to audit by hand. */
    public static final int TOTAL_SCALE = 2;
    private static final int WORKING_SCALE = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorecard() {
    }

    /** Checks the scores against the criteria and returns the reviewer's total. */
    public static BigDecimal total(List<ScoringCriterion> criteria, List<CriterionScore> scores) {
        Map<String, ScoringCriterion> byCode = new HashMap<>();
        criteria.forEach(c -> byCode.put(c.code(), c));
        Map<String, Integer> given = new HashMap<>();
        for (CriterionScore score : scores) {
            ScoringCriterion criterion = byCode.get(score.criterion());
            require(criterion != null, () -> RuleViolation.invalid("unknown-criterion",
                    "\"" + score.criterion() + "\" is not one of this application's criteria").with("criterion", score.criterion()));
            require(given.putIfAbsent(score.criterion(), score.score()) == null, () -> RuleViolation.invalid("duplicate-criterion-score",
                    "Criterion \"" + score.criterion() + "\" is scored twice").with("criterion", score.criterion()));
            require(score.score() >= 0 && score.score() <= criterion.maxScore(), () -> RuleViolation.invalid("score-out-of-range",
                    "Criterion \"" + score.criterion() + "\" is scored from 0 to " + criterion.maxScore() + ", not " + score.score())
                    .with("criterion", score.criterion()).with("maxScore", criterion.maxScore()).with("score", score.score()));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (ScoringCriterion criterion : criteria) {
            Integer score = given.get(criterion.code());
            require(score != null, () -> RuleViolation.invalid("missing-criterion-score",
                    "Every criterion must be scored; \"" + criterion.code() + "\" is missing").with("criterion", criterion.code()));
            total = total.add(criterion.weight().multiply(BigDecimal.valueOf(score)).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(criterion.maxScore()), WORKING_SCALE, RoundingMode.HALF_EVEN));
        }
        return total.setScale(TOTAL_SCALE, RoundingMode.HALF_UP);
    }
}
