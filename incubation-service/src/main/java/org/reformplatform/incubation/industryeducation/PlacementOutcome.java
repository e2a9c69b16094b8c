package org.reformplatform.incubation.industryeducation;

/** How a placement was assessed. */
public enum PlacementOutcome {
    EXCELLENT, GOOD, PASSED, FAILED
}
