package org.reformplatform.qualification.application;

/**
 * What a holder does to make up for a substantial difference between the foreign qualification and
 * the domestic one, before the recognition is unconditional.
 */
public enum CompensationMeasure {
    /** Practice under supervision for a period. */
    ADAPTATION_PERIOD,
    /** A test of the knowledge the foreign qualification did not cover. */
    APTITUDE_TEST
}
