package org.reformplatform.admissions.review;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Non-consensus talent (非共识型人才) must not be averaged away. Once an application's required reviews
 * are in, the policy looks at the reviewers' totals (0–100):
 * <ul>
 * <li>if they are spread at least {@code spreadThreshold} apart (max − min), the reviewers disagree
 * strongly: special review;</li>
 * <li>if a reviewer champions the candidate while the mean is below {@code admissionBar}: special
 * review, so that one conviction is heard rather than outvoted;</li>
 * <li>otherwise the mean decides: admitted at or above the bar, rejected below it.</li>
 * </ul>
 * The special-review docket goes to the admissions committee, which decides with a rationale. The
 * thresholds are configuration ({@code admissions.non-consensus.*}) and travel with every decision.
 */
public record NonConsensusPolicy(BigDecimal admissionBar, BigDecimal spreadThreshold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the policy concludes for one application. */
    public enum Outcome { ADMIT, REJECT, SPECIAL_REVIEW }

    /** The conclusion with everything it was drawn from, so that it can be recorded and checked by hand. */
    public record Assessment(Outcome outcome, BigDecimal meanTotal, BigDecimal spread, List<SpecialReviewReason> reasons,
            List<ReviewerTotal> totals, BigDecimal admissionBar, BigDecimal spreadThreshold) {
    }

    public NonConsensusPolicy {
        require(admissionBar != null && admissionBar.signum() >= 0 && admissionBar.compareTo(HUNDRED) <= 0,
                () -> RuleViolation.invalid("admission-bar-out-of-range", "The admission bar is a total from 0 to 100"));
        require(spreadThreshold != null && spreadThreshold.signum() > 0 && spreadThreshold.compareTo(HUNDRED) <= 0,
                () -> RuleViolation.invalid("spread-threshold-out-of-range", "The spread threshold is more than 0 and at most 100"));
    }

    public static NonConsensusPolicy of(String admissionBar, String spreadThreshold) {
        return new NonConsensusPolicy(new BigDecimal(admissionBar), new BigDecimal(spreadThreshold));
    }

    public Assessment assess(List<ReviewerTotal> totals) {
        require(!totals.isEmpty(), () -> RuleViolation.invalid("no-reviews", "There is nothing to assess without reviews"));
        BigDecimal sum = totals.stream().map(ReviewerTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(totals.size()), Scorecard.TOTAL_SCALE, RoundingMode.HALF_UP);
        BigDecimal max = totals.stream().map(ReviewerTotal::total).max(Comparator.naturalOrder()).orElseThrow();
        BigDecimal min = totals.stream().map(ReviewerTotal::total).min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal spread = max.subtract(min).setScale(Scorecard.TOTAL_SCALE, RoundingMode.HALF_UP);
        boolean belowBar = mean.compareTo(admissionBar) < 0;

        List<SpecialReviewReason> reasons = new ArrayList<>();
        if (spread.compareTo(spreadThreshold) >= 0) {
            reasons.add(SpecialReviewReason.SPREAD_AT_OR_ABOVE_THRESHOLD);
        }
        if (belowBar && totals.stream().anyMatch(t -> t.recommendation() == Recommendation.CHAMPION)) {
            reasons.add(SpecialReviewReason.CHAMPIONED_BELOW_BAR);
        }
        Outcome outcome = !reasons.isEmpty() ? Outcome.SPECIAL_REVIEW : belowBar ? Outcome.REJECT : Outcome.ADMIT;
        return new Assessment(outcome, mean, spread, List.copyOf(reasons), List.copyOf(totals), admissionBar, spreadThreshold);
    }
}
