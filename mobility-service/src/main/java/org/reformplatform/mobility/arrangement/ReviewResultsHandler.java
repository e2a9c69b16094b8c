package org.reformplatform.mobility.arrangement;

import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ReviewResults;

/** The results review (业绩导向) of an ended arrangement, for the forms its policy version reviews on results. */
@ApplicationScoped
public class ReviewResultsHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Arrangement> handle(ArrangementId id, Actor actor, ReviewOutcome outcome, List<ReviewedResult> results,
            OptionalInt expectedVersion) {
        return aggregates.handle(Arrangement.TYPE, id, new ReviewResults(actor, outcome, results), expectedVersion);
    }
}
