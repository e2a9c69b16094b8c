package org.reformplatform.evaluation.cycle;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record CycleId(UUID value) implements Id {

    public static CycleId random() {
        return new CycleId(UUID.randomUUID());
    }
}
