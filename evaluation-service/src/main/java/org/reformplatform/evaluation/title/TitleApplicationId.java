package org.reformplatform.evaluation.title;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record TitleApplicationId(UUID value) implements Id {

    public static TitleApplicationId random() {
        return new TitleApplicationId(UUID.randomUUID());
    }
}
