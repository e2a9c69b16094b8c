package org.reformplatform.admissions.intake;

/**
 * What an intake event's rankings, admission bar and non-consensus test read: the reviewers' raw
 * totals, or their totals calibrated for each reviewer's habit within the event (see
 * {@code review.ReviewCalibration}). Raw unless the event's policy says otherwise.
 */
public enum ScoreBasis {
    RAW, CALIBRATED
}
