package org.reformplatform.qualification.application;

/** How another officer decides an appeal against a refusal. */
public enum AppealOutcome {
    /** The refusal stands, and is final. */
    UPHELD,
    /** The refusal is set aside and the qualification recognised. */
    OVERTURNED
}
