package org.reformplatform.incubation.partner;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record AgreementId(UUID value) implements Id {

    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID());
    }
}
