package org.reformplatform.evaluation.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * The scoring deadline of a cycle ({@code evaluation.CycleScoringDue}), scheduled when a cycle is
 * opened with a {@link CycleTimetable}, for the end of {@code scoresUntil} in the region; cancelled
 * when the cycle concludes first. It flags the assignments without a score sheet as overdue.
 */
@ApplicationScoped
public class CycleScoringDue implements DeadlineHandler {

    public static final String NAME = "evaluation.CycleScoringDue";

    @Inject
    FlagScoringOverdueHandler flag;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void fire(DueDeadline due) {
        flag.handle(new CycleId(due.streamUuid()));
    }
}
