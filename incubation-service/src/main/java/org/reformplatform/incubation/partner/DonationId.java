package org.reformplatform.incubation.partner;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record DonationId(UUID value) implements Id {

    public static DonationId random() {
        return new DonationId(UUID.randomUUID());
    }
}
