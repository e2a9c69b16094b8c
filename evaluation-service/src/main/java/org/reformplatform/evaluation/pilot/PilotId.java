package org.reformplatform.evaluation.pilot;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record PilotId(UUID value) implements Id {

    public static PilotId random() {
        return new PilotId(UUID.randomUUID());
    }
}
