package org.reformplatform.admissions.application;

/**
 * A candidate's highest degree, recorded for analysis only (不拘泥于学历背景): no rule of this service
 * reads it, and none may.
 */
public enum DegreeLevel {
    NOT_STATED,
    NONE,
    SECONDARY,
    VOCATIONAL,
    BACHELOR,
    MASTER,
    DOCTORATE,
    OTHER
}
