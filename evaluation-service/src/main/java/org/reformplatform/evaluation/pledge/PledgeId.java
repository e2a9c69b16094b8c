package org.reformplatform.evaluation.pledge;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record PledgeId(UUID value) implements Id {

    public static PledgeId random() {
        return new PledgeId(UUID.randomUUID());
    }
}
