package org.reformplatform.admissions.application;

import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * A candidate's education and field, recorded for analysis only: admission never depends on it
 * (不拘泥于学历背景和专业领域). Deciders carry it through untouched.
 */
public record Background(DegreeLevel degreeLevel, @NotPersonalData("a field of study, kept for statistics: it identifies no one once the name and background text are erased") String discipline, @PersonalData String description) {

    public static Background notStated() {
        return new Background(DegreeLevel.NOT_STATED, null, null);
    }
}
