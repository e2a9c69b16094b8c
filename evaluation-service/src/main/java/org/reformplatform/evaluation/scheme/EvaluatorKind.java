package org.reformplatform.evaluation.scheme;

/** Who evaluates (谁来评): the kinds of evaluators a track can require. */
public enum EvaluatorKind {
    /** Peers in the same field (同行评价). */
    PEER,
    /** Experts from industry, for engineering and applied work (产业专家). */
    INDUSTRY_EXPERT,
    /** Clinical experts, for hospital tracks. */
    CLINICAL_EXPERT,
    /** The institution's evaluation committee. */
    COMMITTEE
}
