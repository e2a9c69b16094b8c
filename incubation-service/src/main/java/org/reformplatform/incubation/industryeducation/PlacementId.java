package org.reformplatform.incubation.industryeducation;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record PlacementId(UUID value) implements Id {

    public static PlacementId random() {
        return new PlacementId(UUID.randomUUID());
    }
}
