package org.reformplatform.admissions.ids;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record IntakeEventId(UUID value) implements Id {

    public static IntakeEventId random() {
        return new IntakeEventId(UUID.randomUUID());
    }
}
