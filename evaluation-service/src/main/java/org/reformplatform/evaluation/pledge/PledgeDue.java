package org.reformplatform.evaluation.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * A pledge's deadline ({@code evaluation.PledgeDue}), scheduled when it is signed for the end of the
 * day {@link PledgeLapsePolicy#standsUntil} and cancelled when it is fulfilled or assessed: an
 * unfulfilled pledge fails by itself, through the same use case as an assessment. A settled one is
 * refused ({@code pledge-settled}) and the deadline closes as moot.
 */
@ApplicationScoped
public class PledgeDue implements DeadlineHandler {

    public static final String NAME = "evaluation.PledgeDue";

    @Inject
    AssessPledgeHandler assess;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void fire(DueDeadline due) {
        assess.failOverdue(new PledgeId(due.streamUuid()));
    }
}
