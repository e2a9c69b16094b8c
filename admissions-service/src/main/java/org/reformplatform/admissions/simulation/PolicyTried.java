package org.reformplatform.admissions.simulation;

import java.math.BigDecimal;

import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoreBasis;

/**
 * The admissions policy a simulation judges applications under. Each rule given replaces the one
 * the application was judged by; a rule left null stays each application's own (its intake event's
 * policy copied at submission, as recorded; for an application judged by the service's default, the
 * thresholds its decision recorded). {@link #AS_RECORDED} changes nothing: the reproduction check.
 *
 * @param admissionBar    the mean total (0–100) at or above which the policy admits
 * @param spreadThreshold the spread of reviewers' totals at or above which it refers to the committee
 * @param scores          RAW or CALIBRATED totals (calibration off or on)
 * @param requiredReviews how many reviews must be in before the policy decides (the minimum number of reviewers)
 */
public record PolicyTried(BigDecimal admissionBar, BigDecimal spreadThreshold, ScoreBasis scores, Integer requiredReviews) {

    public static final PolicyTried AS_RECORDED = new PolicyTried(null, null, null, null);

    public boolean asRecorded() {
        return admissionBar == null && spreadThreshold == null && scores == null && requiredReviews == null;
    }

    /**
     * The policy an application is judged by in the simulation. {@code own}: its intake event's as
     * recorded (null when it had none: then {@code fallbackBar} and {@code fallbackSpread}, its
     * recorded decision's or the service's default). Null when nothing changes for an application
     * that had none (the service's default decides it, as it did).
     */
    NonConsensusThresholds thresholdsFor(NonConsensusThresholds own, BigDecimal fallbackBar, BigDecimal fallbackSpread) {
        if (admissionBar == null && spreadThreshold == null && scores == null) {
            return own;
        }
        BigDecimal bar = admissionBar != null ? admissionBar : own != null ? own.admissionBar() : fallbackBar;
        BigDecimal spread = spreadThreshold != null ? spreadThreshold : own != null ? own.spreadThreshold() : fallbackSpread;
        ScoreBasis basis = scores != null ? scores : own != null ? own.basis() : ScoreBasis.RAW;
        return new NonConsensusThresholds(bar, spread, own == null ? 0 : own.version(), basis == ScoreBasis.RAW ? null : basis);
    }

    int requiredReviewsFor(int own) {
        return requiredReviews == null ? own : requiredReviews;
    }
}
