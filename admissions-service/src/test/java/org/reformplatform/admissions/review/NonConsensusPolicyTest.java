package org.reformplatform.admissions.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.review.NonConsensusPolicy.Assessment;
import org.reformplatform.admissions.review.NonConsensusPolicy.Outcome;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * The non-consensus policy with an admission bar of 70 and a spread threshold of 25: every branch,
 * and both sides of every boundary.
 */
class NonConsensusPolicyTest {

    final NonConsensusPolicy policy = NonConsensusPolicy.of("70", "25");

    static ReviewerTotal total(String reviewer, String total, Recommendation recommendation) {
        return new ReviewerTotal(reviewer, new BigDecimal(total), recommendation);
    }

    static ReviewerTotal admit(String total) {
        return total("r-" + total, total, Recommendation.ADMIT);
    }

    static ReviewerTotal reject(String total) {
        return total("r-" + total, total, Recommendation.REJECT);
    }

    static ReviewerTotal champion(String total) {
        return total("c-" + total, total, Recommendation.CHAMPION);
    }

    @Nested
    class Spread {

        @Test
        void a_spread_exactly_at_the_threshold_goes_to_special_review() {
            Assessment a = policy.assess(List.of(admit("90"), admit("65"), admit("80")));
            assertThat(a.spread()).isEqualByComparingTo("25");
            assertThat(a.outcome()).isEqualTo(Outcome.SPECIAL_REVIEW);
            assertThat(a.reasons()).containsExactly(SpecialReviewReason.SPREAD_AT_OR_ABOVE_THRESHOLD);
        }

        @Test
        void a_spread_just_below_the_threshold_is_decided_by_the_mean() {
            Assessment a = policy.assess(List.of(admit("90"), admit("65.01"), admit("80")));
            assertThat(a.spread()).isEqualByComparingTo("24.99");
            assertThat(a.outcome()).isEqualTo(Outcome.ADMIT);
            assertThat(a.reasons()).isEmpty();
        }

        @Test
        void a_spread_above_the_threshold_goes_to_special_review_even_when_the_mean_clears_the_bar() {
            Assessment a = policy.assess(List.of(admit("100"), admit("100"), reject("60")));
            assertThat(a.meanTotal()).isEqualByComparingTo("86.67");
            assertThat(a.outcome()).isEqualTo(Outcome.SPECIAL_REVIEW);
        }

        @Test
        void a_spread_above_the_threshold_goes_to_special_review_when_the_mean_is_below_the_bar() {
            Assessment a = policy.assess(List.of(reject("20"), reject("30"), admit("75")));
            assertThat(a.outcome()).isEqualTo(Outcome.SPECIAL_REVIEW);
            assertThat(a.reasons()).containsExactly(SpecialReviewReason.SPREAD_AT_OR_ABOVE_THRESHOLD);
        }
    }

    @Nested
    class Champion {

        @Test
        void a_champion_while_the_mean_is_just_below_the_bar_goes_to_special_review() {
            Assessment a = policy.assess(List.of(champion("75"), admit("69.99"), reject("64.98")));
            assertThat(a.meanTotal()).isEqualByComparingTo("69.99");
            assertThat(a.spread()).isLessThan(new BigDecimal("25"));
            assertThat(a.outcome()).isEqualTo(Outcome.SPECIAL_REVIEW);
            assertThat(a.reasons()).containsExactly(SpecialReviewReason.CHAMPIONED_BELOW_BAR);
        }

        @Test
        void a_champion_while_the_mean_is_exactly_at_the_bar_is_admitted() {
            Assessment a = policy.assess(List.of(champion("75"), admit("70"), reject("65")));
            assertThat(a.meanTotal()).isEqualByComparingTo("70");
            assertThat(a.outcome()).isEqualTo(Outcome.ADMIT);
            assertThat(a.reasons()).isEmpty();
        }

        @Test
        void a_champion_far_below_the_bar_is_heard_rather_than_outvoted() {
            Assessment a = policy.assess(List.of(champion("50"), reject("40"), reject("45")));
            assertThat(a.outcome()).isEqualTo(Outcome.SPECIAL_REVIEW);
            assertThat(a.reasons()).containsExactly(SpecialReviewReason.CHAMPIONED_BELOW_BAR);
        }

        @Test
        void strong_disagreement_and_a_champion_below_the_bar_are_both_recorded() {
            Assessment a = policy.assess(List.of(champion("90"), reject("30"), reject("40")));
            assertThat(a.outcome()).isEqualTo(Outcome.SPECIAL_REVIEW);
            assertThat(a.reasons()).containsExactly(SpecialReviewReason.SPREAD_AT_OR_ABOVE_THRESHOLD, SpecialReviewReason.CHAMPIONED_BELOW_BAR);
        }
    }

    @Nested
    class Consensus {

        @Test
        void a_mean_exactly_at_the_bar_is_admitted() {
            Assessment a = policy.assess(List.of(admit("70"), admit("75"), reject("65")));
            assertThat(a.meanTotal()).isEqualByComparingTo("70");
            assertThat(a.outcome()).isEqualTo(Outcome.ADMIT);
        }

        @Test
        void a_mean_just_below_the_bar_is_rejected() {
            Assessment a = policy.assess(List.of(admit("70"), admit("74.97"), reject("65")));
            assertThat(a.meanTotal()).isEqualByComparingTo("69.99");
            assertThat(a.outcome()).isEqualTo(Outcome.REJECT);
            assertThat(a.reasons()).isEmpty();
        }

        @Test
        void recommendations_to_admit_do_not_lift_a_mean_below_the_bar() {
            assertThat(policy.assess(List.of(admit("60"), admit("65"), admit("62"))).outcome()).isEqualTo(Outcome.REJECT);
        }

        @Test
        void recommendations_to_reject_do_not_sink_a_mean_at_the_bar() {
            assertThat(policy.assess(List.of(reject("80"), reject("75"), reject("78"))).outcome()).isEqualTo(Outcome.ADMIT);
        }

        @Test
        void a_single_review_has_no_spread() {
            Assessment a = policy.assess(List.of(admit("71")));
            assertThat(a.spread()).isEqualByComparingTo("0");
            assertThat(a.outcome()).isEqualTo(Outcome.ADMIT);
        }

        @Test
        void the_mean_is_rounded_half_up_to_two_decimals_before_it_is_compared_so_what_is_published_is_what_was_compared() {
            // (70 + 70 + 69.99) / 3 = 69.99666...: published and compared as 70.00
            Assessment a = policy.assess(List.of(admit("70"), admit("70"), admit("69.99")));
            assertThat(a.meanTotal()).isEqualByComparingTo("70.00");
            assertThat(a.outcome()).isEqualTo(Outcome.ADMIT);
        }
    }

    @Nested
    class Configuration {

        @Test
        void the_thresholds_used_travel_with_the_assessment() {
            Assessment a = NonConsensusPolicy.of("60", "30").assess(List.of(admit("61"), admit("88")));
            assertThat(a.admissionBar()).isEqualByComparingTo("60");
            assertThat(a.spreadThreshold()).isEqualByComparingTo("30");
            assertThat(a.outcome()).isEqualTo(Outcome.ADMIT);
            assertThat(a.totals()).hasSize(2);
        }

        @Test
        void other_thresholds_change_the_outcome_of_the_same_reviews() {
            List<ReviewerTotal> reviews = List.of(admit("90"), admit("70"));
            assertThat(NonConsensusPolicy.of("70", "25").assess(reviews).outcome()).isEqualTo(Outcome.ADMIT);
            assertThat(NonConsensusPolicy.of("70", "20").assess(reviews).outcome()).isEqualTo(Outcome.SPECIAL_REVIEW);
            assertThat(NonConsensusPolicy.of("81", "25").assess(reviews).outcome()).isEqualTo(Outcome.REJECT);
        }

        @Test
        void thresholds_outside_the_scale_are_refused() {
            assertThat(catchThrowableOfType(RuleViolation.class, () -> NonConsensusPolicy.of("101", "25")).code())
                    .isEqualTo("admission-bar-out-of-range");
            assertThat(catchThrowableOfType(RuleViolation.class, () -> NonConsensusPolicy.of("-1", "25")).code())
                    .isEqualTo("admission-bar-out-of-range");
            assertThat(catchThrowableOfType(RuleViolation.class, () -> NonConsensusPolicy.of("70", "0")).code())
                    .isEqualTo("spread-threshold-out-of-range");
            assertThat(NonConsensusPolicy.of("100", "100").admissionBar()).isEqualByComparingTo("100");
        }

        @Test
        void there_is_nothing_to_assess_without_reviews() {
            assertThat(catchThrowableOfType(RuleViolation.class, () -> policy.assess(List.of())).code()).isEqualTo("no-reviews");
        }
    }
}
