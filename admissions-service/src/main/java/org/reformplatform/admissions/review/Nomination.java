package org.reformplatform.admissions.review;

/**
 * A reviewer the operator proposes for an application: the reviewer's token subject, and the
 * conflict of interest the reviewer declared when asked at assignment, if any.
 */
public record Nomination(String reviewer, String conflictOfInterest) {

    public static Nomination of(String reviewer) {
        return new Nomination(reviewer, null);
    }

    public boolean declaresConflict() {
        return conflictOfInterest != null && !conflictOfInterest.isBlank();
    }
}
