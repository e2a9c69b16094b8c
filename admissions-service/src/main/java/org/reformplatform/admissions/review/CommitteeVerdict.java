package org.reformplatform.admissions.review;

/** What the admissions committee decides on a special-review case. */
public enum CommitteeVerdict {
    ADMIT,
    REJECT
}
