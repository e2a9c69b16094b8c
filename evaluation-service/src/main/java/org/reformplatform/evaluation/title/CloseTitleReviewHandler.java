package org.reformplatform.evaluation.title;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.title.TitleReviewCommand.CloseTitleReview;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** The review closed once every application is decided. */
@ApplicationScoped
public class CloseTitleReviewHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<TitleReview> handle(TitleReviewId review, OptionalInt expectedVersion) {
        return aggregates.handle(TitleReview.TYPE, review, new CloseTitleReview(clock.instant()), expectedVersion);
    }
}
