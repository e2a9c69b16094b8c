package org.reformplatform.evaluation.scheme;

/** How an outcome is used (怎么用). */
public enum OutcomeUse {
    APPOINTMENT,
    PROMOTION,
    POST_RENEWAL,
    REWARD
}
