package org.reformplatform.qualification.application;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record RecognitionApplicationId(UUID value) implements Id {

    public static RecognitionApplicationId random() {
        return new RecognitionApplicationId(UUID.randomUUID());
    }
}
