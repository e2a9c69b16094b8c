package org.reformplatform.evaluation.challenge;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record ChallengeListId(UUID value) implements Id {

    public static ChallengeListId random() {
        return new ChallengeListId(UUID.randomUUID());
    }
}
