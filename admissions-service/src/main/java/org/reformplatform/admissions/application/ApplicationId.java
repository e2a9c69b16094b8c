package org.reformplatform.admissions.application;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record ApplicationId(UUID value) implements Id {

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }
}
