package org.reformplatform.crudbaseline;

/** The same values as admissions' DegreeLevel, so that the same request bodies are accepted. */
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
