package org.reformplatform.admissions.ids;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record ApplicationId(UUID value) implements Id {

    public static ApplicationId random() {
        return new ApplicationId(UUID.randomUUID());
    }
}
