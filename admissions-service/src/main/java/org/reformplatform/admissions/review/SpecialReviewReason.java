package org.reformplatform.admissions.review;

/** Why the non-consensus policy sent an application to the special-review docket. */
public enum SpecialReviewReason {
    /** The reviewers' totals are spread at least as far apart as the threshold: they disagree strongly. */
    SPREAD_AT_OR_ABOVE_THRESHOLD,
    /** A reviewer champions the candidate while the mean is below the admission bar. */
    CHAMPIONED_BELOW_BAR
}
