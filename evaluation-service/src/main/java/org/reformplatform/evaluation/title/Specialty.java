package org.reformplatform.evaluation.title;

import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** A specialty (专业方向) within a title series' discipline, e.g. cloud computing. */
public record Specialty(String code, @NotPersonalData("the name of a specialty") String name) {
}
