package org.reformplatform.evaluation.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;

/**
 * What this service reads of qualification-service's {@code TitleEquivalenceRecognised.v1}: a
 * holder's foreign qualification recognised with a domestic title equivalence. Series and level are
 * read as published; a title review interprets them (leniently, see {@code title.TitleLevel}).
 */
@Contract(event = "qualification.TitleEquivalenceRecognised", version = 1)
public record TitleEquivalenceRecognised(
        UUID applicationId,
        UUID holderId,
        @Contract.Optional UUID qualificationId,
        @Contract.Optional String qualificationName,
        @Contract.Optional String country,
        String titleSeries,
        String titleLevel,
        @Contract.Optional String listVersion,
        @Contract.Optional LocalDate recognisedOn) {
}
