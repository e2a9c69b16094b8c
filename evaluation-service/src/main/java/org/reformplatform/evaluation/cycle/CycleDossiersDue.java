package org.reformplatform.evaluation.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * The dossier deadline of a cycle ({@code evaluation.CycleDossiersDue}), scheduled when a cycle is
 * opened with a {@link CycleTimetable}, for the end of {@code dossiersUntil} in the region; cancelled
 * when the cycle concludes first. It closes the cycle to dossiers and moves it to scoring.
 */
@ApplicationScoped
public class CycleDossiersDue implements DeadlineHandler {

    public static final String NAME = "evaluation.CycleDossiersDue";

    @Inject
    CloseDossiersHandler close;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void fire(DueDeadline due) {
        close.handle(new CycleId(due.streamUuid()));
    }
}
