package org.reformplatform.mobility.post;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record SpecialPostId(UUID value) implements Id {

    public static SpecialPostId random() {
        return new SpecialPostId(UUID.randomUUID());
    }
}
