package org.reformplatform.evaluation.challenge;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.challenge.ChallengeListCommand.PublishChallengeList;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** An institution publishes a list of open challenges (揭榜挂帅), none taken yet. */
@ApplicationScoped
public class PublishChallengeListHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<ChallengeList> handle(ChallengeListId id, String institution, String title, List<Challenge> challenges) {
        return aggregates.handle(ChallengeList.TYPE, id, new PublishChallengeList(id, institution, title, challenges, clock.instant()));
    }
}
