package org.reformplatform.evaluation.cycle;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record DossierId(UUID value) implements Id {

    public static DossierId random() {
        return new DossierId(UUID.randomUUID());
    }
}
