package org.reformplatform.evaluation.scheme;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record SchemeId(UUID value) implements Id {

    public static SchemeId random() {
        return new SchemeId(UUID.randomUUID());
    }
}
