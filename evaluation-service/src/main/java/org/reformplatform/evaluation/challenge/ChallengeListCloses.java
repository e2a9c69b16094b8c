package org.reformplatform.evaluation.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * A challenge list's closing ({@code evaluation.ChallengeListCloses}), scheduled when it is published
 * with a closing date, for the end of that day in the region ({@link TakingWindow}).
 */
@ApplicationScoped
public class ChallengeListCloses implements DeadlineHandler {

    public static final String NAME = "evaluation.ChallengeListCloses";

    @Inject
    CloseChallengeListHandler close;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void fire(DueDeadline due) {
        close.handle(new ChallengeListId(due.streamUuid()));
    }
}
