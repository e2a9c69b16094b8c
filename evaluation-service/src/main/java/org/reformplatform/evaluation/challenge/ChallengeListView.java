package org.reformplatform.evaluation.challenge;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A challenge list as the API shows it, current as of now. */
@Schema(name = "ChallengeList")
public record ChallengeListView(UUID id, String institution, String title, List<Challenge> challenges) {

    static ChallengeListView of(ChallengeList list) {
        return new ChallengeListView(list.id().value(), list.institution(), list.title(), list.challenges());
    }
}
