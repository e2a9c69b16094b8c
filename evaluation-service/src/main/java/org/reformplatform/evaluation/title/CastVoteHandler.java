package org.reformplatform.evaluation.title;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.title.TitleReviewCommand.CastVote;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A panel member's vote on an application, once. */
@ApplicationScoped
public class CastVoteHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<TitleReview> handle(TitleReviewId review, TitleApplicationId application, String member, boolean approve,
            OptionalInt expectedVersion) {
        return aggregates.handle(TitleReview.TYPE, review, new CastVote(application, member, approve, clock.instant()), expectedVersion);
    }
}
