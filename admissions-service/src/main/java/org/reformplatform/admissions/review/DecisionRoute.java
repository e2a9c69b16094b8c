package org.reformplatform.admissions.review;

/** Who decided an application: the non-consensus policy automatically, or the admissions committee. */
public enum DecisionRoute {
    POLICY,
    COMMITTEE
}
