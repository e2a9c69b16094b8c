package org.reformplatform.evaluation.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A challenge list as the API shows it, current as of now. */
@Schema(name = "ChallengeList")
public record ChallengeListView(UUID id, String institution, String title, List<Challenge> challenges,
        @Schema(description = "The last day takers are accepted; null: until every challenge is taken", example = "2027-03-31") LocalDate closesOn,
        @Schema(description = "open, or closed once its last day is over", example = "open") String status) {

    static ChallengeListView of(ChallengeList list) {
        return new ChallengeListView(list.id().value(), list.institution(), list.title(), list.challenges(), list.closesOn(),
                list.closed() ? "closed" : "open");
    }
}
