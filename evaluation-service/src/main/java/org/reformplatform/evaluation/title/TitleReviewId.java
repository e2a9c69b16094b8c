package org.reformplatform.evaluation.title;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record TitleReviewId(UUID value) implements Id {

    public static TitleReviewId random() {
        return new TitleReviewId(UUID.randomUUID());
    }
}
