package org.reformplatform.incubation.industryeducation;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record FacilityId(UUID value) implements Id {

    public static FacilityId random() {
        return new FacilityId(UUID.randomUUID());
    }
}
