package org.reformplatform.eventsourcing.sample;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record TallyId(UUID value) implements Id {

    public static TallyId random() {
        return new TallyId(UUID.randomUUID());
    }
}
