package org.reformplatform.evaluation.cycle;

/** The result of a dossier's evaluation. */
public enum OutcomeResult {
    /** At or above the track's excellent mark. */
    EXCELLENT,
    /** At or above the pass mark. */
    PASSED,
    /** Passed, but ranked beyond the track's post plan in a competitive appointment (竞聘上岗). */
    NOT_SELECTED,
    /** Below the pass mark. */
    NOT_PASSED,
    /** No score sheet at all when an operator concluded the cycle after its scoring deadline with what it had. */
    NOT_EVALUATED;

    /** Whether the outcome grants the use the dossier was submitted for. */
    public boolean grantsUse() {
        return this == EXCELLENT || this == PASSED;
    }
}
