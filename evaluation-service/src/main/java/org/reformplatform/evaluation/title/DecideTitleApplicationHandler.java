package org.reformplatform.evaluation.title;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.researcher.Researcher;
import org.reformplatform.evaluation.title.TitleReviewCommand.DecideTitleApplication;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * An application decided on the evidence on the researcher's record now (their title equivalences and
 * mobility results, from other services) and on the panel's votes. The evidence is read from the
 * researcher's stream and travels in the command, so that the decision event fixes what was used.
 */
@ApplicationScoped
public class DecideTitleApplicationHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<TitleReview> handle(TitleReviewId review, TitleApplicationId application, OptionalInt expectedVersion) {
        TitleApplication filed = aggregates.load(TitleReview.TYPE, review).state().application(application)
                .orElseThrow(() -> TitleReviewAccess.unknownApplication(application));
        Researcher researcher = aggregates.load(Researcher.TYPE, filed.researcherId()).state();
        return aggregates.handle(TitleReview.TYPE, review, new DecideTitleApplication(application, researcher.evidence(), clock.instant()),
                expectedVersion);
    }
}
