package org.reformplatform.admissions.application;

/**
 * A candidate's education and field, recorded for analysis only: admission never depends on it
 * (不拘泥于学历背景和专业领域). Deciders carry it through untouched.
 */
public record Background(DegreeLevel degreeLevel, String discipline, String description) {

    public static Background notStated() {
        return new Background(DegreeLevel.NOT_STATED, null, null);
    }
}
