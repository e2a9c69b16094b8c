package org.reformplatform.evaluation.title;

/** The decision on a title application. */
public enum TitleDecision {
    APPROVED,
    REJECTED
}
