package org.reformplatform.evaluation.title;

/** Why an applicant may be awarded the title. */
public enum EligibilityRoute {
    /** Holds the domestic title directly below, for long enough. */
    DOMESTIC_TITLE,
    /** A recognised foreign qualification with a title equivalence at or above the level under review. */
    FOREIGN_EQUIVALENCE,
    /** Neither: not eligible. */
    NONE
}
