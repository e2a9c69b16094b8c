package org.reformplatform.admissions.intake;

import java.math.BigDecimal;

/**
 * The non-consensus policy an intake event chose when it was announced: the mean total (0–100) at or
 * above which an application is admitted, and the spread of reviewers' totals at or above which it
 * goes to the committee's special review. Versioned: 1 as announced, one more for each revision
 * before the event opens (an application copies the version in force when it is submitted, so the
 * applications of one event are all judged by the same thresholds). Events announced before events
 * chose their own policy carry none and are judged by the service's default.
 */
public record NonConsensusThresholds(BigDecimal admissionBar, BigDecimal spreadThreshold, int version) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public boolean inRange() {
        return admissionBar != null && spreadThreshold != null && admissionBar.signum() >= 0 && admissionBar.compareTo(HUNDRED) <= 0
                && spreadThreshold.signum() > 0 && spreadThreshold.compareTo(HUNDRED) <= 0;
    }

    public NonConsensusThresholds revisedTo(BigDecimal newAdmissionBar, BigDecimal newSpreadThreshold) {
        return new NonConsensusThresholds(newAdmissionBar, newSpreadThreshold, version + 1);
    }
}
