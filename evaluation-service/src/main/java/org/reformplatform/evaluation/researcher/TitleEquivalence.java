package org.reformplatform.evaluation.researcher;

import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * Evidence from qualification-service: a recognised foreign qualification that the title-equivalence
 * list (职称比照) maps to a domestic title series and level. Series and level are kept as published;
 * a title review interprets them.
 */
public record TitleEquivalence(UUID applicationId, UUID qualificationId, @NotPersonalData("the name of a qualification") String qualificationName, String country, String titleSeries,
        String titleLevel, String listVersion, LocalDate recognisedOn) {
}
