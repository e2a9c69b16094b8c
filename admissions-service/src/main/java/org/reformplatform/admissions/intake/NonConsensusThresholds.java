package org.reformplatform.admissions.intake;

import java.math.BigDecimal;

/**
 * The non-consensus policy an intake event chose when it was announced: the mean total (0–100) at or
 * above which an application is admitted, the spread of reviewers' totals at or above which it
 * goes to the committee's special review, and whether those are read on raw or calibrated totals
 * ({@code scores}; null in policies chosen before calibration existed: raw). Versioned: 1 as
 * announced, one more for each revision before the event opens (an application copies the version
 * in force when it is submitted, so the applications of one event are all judged by the same
 * thresholds). Events announced before events chose their own policy carry none and are judged by
 * the service's default, on raw totals.
 */
public record NonConsensusThresholds(BigDecimal admissionBar, BigDecimal spreadThreshold, int version, ScoreBasis scores) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A policy on raw totals. */
    public NonConsensusThresholds(BigDecimal admissionBar, BigDecimal spreadThreshold, int version) {
        this(admissionBar, spreadThreshold, version, null);
    }

    public boolean inRange() {
        return admissionBar != null && spreadThreshold != null && admissionBar.signum() >= 0 && admissionBar.compareTo(HUNDRED) <= 0
                && spreadThreshold.signum() > 0 && spreadThreshold.compareTo(HUNDRED) <= 0;
    }

    /** What the thresholds are read on (raw when the policy does not say). */
    public ScoreBasis basis() {
        return scores == null ? ScoreBasis.RAW : scores;
    }

    public NonConsensusThresholds revisedTo(BigDecimal newAdmissionBar, BigDecimal newSpreadThreshold, ScoreBasis newScores) {
        return new NonConsensusThresholds(newAdmissionBar, newSpreadThreshold, version + 1, newScores == ScoreBasis.RAW ? null : newScores);
    }

    public NonConsensusThresholds revisedTo(BigDecimal newAdmissionBar, BigDecimal newSpreadThreshold) {
        return revisedTo(newAdmissionBar, newSpreadThreshold, basis());
    }
}
