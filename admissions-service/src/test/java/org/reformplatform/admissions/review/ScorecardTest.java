package org.reformplatform.admissions.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** A reviewer's total: Σ weight × score / maxScore × 100, every criterion scored once within range. */
class ScorecardTest {

    static final List<ScoringCriterion> CRITERIA = List.of(
            new ScoringCriterion("originality", "How new", new BigDecimal("0.4"), 10),
            new ScoringCriterion("execution", "How well built", new BigDecimal("0.6"), 5));

    static List<CriterionScore> scores(int originality, int execution) {
        return List.of(new CriterionScore("originality", originality), new CriterionScore("execution", execution));
    }

    @Test
    void the_total_weighs_each_criterion_on_its_own_scale() {
        // 0.4 × 7/10 × 100 + 0.6 × 3/5 × 100 = 28 + 36
        assertThat(Scorecard.total(CRITERIA, scores(7, 3))).isEqualByComparingTo("64.00");
        assertThat(Scorecard.total(CRITERIA, scores(10, 5))).isEqualByComparingTo("100.00");
        assertThat(Scorecard.total(CRITERIA, scores(0, 0))).isEqualByComparingTo("0.00");
    }

    @Test
    void totals_that_do_not_divide_evenly_are_rounded_half_up_to_two_decimals() {
        List<ScoringCriterion> thirds = List.of(new ScoringCriterion("a", "", new BigDecimal("1"), 3));
        assertThat(Scorecard.total(thirds, List.of(new CriterionScore("a", 1)))).isEqualByComparingTo("33.33");
        assertThat(Scorecard.total(thirds, List.of(new CriterionScore("a", 2)))).isEqualByComparingTo("66.67");
    }

    @Test
    void the_maximum_and_zero_are_in_range_and_one_past_either_end_is_not() {
        assertThat(Scorecard.total(CRITERIA, scores(10, 0))).isEqualByComparingTo("40");
        RuleViolation above = catchThrowableOfType(RuleViolation.class, () -> Scorecard.total(CRITERIA, scores(11, 0)));
        assertThat(above.code()).isEqualTo("score-out-of-range");
        assertThat(above.context()).containsEntry("criterion", "originality").containsEntry("maxScore", 10);
        assertThat(catchThrowableOfType(RuleViolation.class, () -> Scorecard.total(CRITERIA, scores(5, -1))).code())
                .isEqualTo("score-out-of-range");
    }

    @Test
    void every_criterion_must_be_scored() {
        RuleViolation missing = catchThrowableOfType(RuleViolation.class,
                () -> Scorecard.total(CRITERIA, List.of(new CriterionScore("originality", 5))));
        assertThat(missing.code()).isEqualTo("missing-criterion-score");
        assertThat(missing.context()).containsEntry("criterion", "execution");
    }

    @Test
    void a_criterion_is_scored_once_and_only_published_criteria_are_scored() {
        assertThat(catchThrowableOfType(RuleViolation.class, () -> Scorecard.total(CRITERIA, List.of(new CriterionScore("originality", 5),
                new CriterionScore("originality", 6), new CriterionScore("execution", 1)))).code()).isEqualTo("duplicate-criterion-score");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> Scorecard.total(CRITERIA, List.of(new CriterionScore("originality", 5),
                new CriterionScore("execution", 1), new CriterionScore("charisma", 3)))).code()).isEqualTo("unknown-criterion");
    }
}
