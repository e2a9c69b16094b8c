package org.reformplatform.evaluation.cycle;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.ConcludeCycle;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A cycle concluded once every dossier is fully evaluated: an outcome for each. */
@ApplicationScoped
public class ConcludeCycleHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Cycle> handle(CycleId cycle, OptionalInt expectedVersion) {
        return aggregates.handle(Cycle.TYPE, cycle, new ConcludeCycle(clock.instant()), expectedVersion);
    }
}
