package org.reformplatform.admissions.application;

/** Where an application stands. ADMITTED, REJECTED and WITHDRAWN are final. */
public enum ApplicationStatus {
    NONE,
    SUBMITTED,
    UNDER_REVIEW,
    SPECIAL_REVIEW,
    ADMITTED,
    REJECTED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == ADMITTED || this == REJECTED || this == WITHDRAWN;
    }
}
