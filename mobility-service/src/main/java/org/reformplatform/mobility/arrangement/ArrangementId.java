package org.reformplatform.mobility.arrangement;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record ArrangementId(UUID value) implements Id {

    public static ArrangementId random() {
        return new ArrangementId(UUID.randomUUID());
    }
}
