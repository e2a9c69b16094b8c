package org.reformplatform.incubation.venture;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record VentureId(UUID value) implements Id {

    public static VentureId random() {
        return new VentureId(UUID.randomUUID());
    }
}
