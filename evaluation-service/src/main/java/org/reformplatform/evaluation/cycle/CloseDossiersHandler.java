package org.reformplatform.evaluation.cycle;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.CloseDossiers;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/** A cycle whose dossier deadline is over takes no more dossiers and moves to scoring. */
@ApplicationScoped
public class CloseDossiersHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    public Decision<Cycle> handle(CycleId cycle) {
        return aggregates.handle(Cycle.TYPE, cycle, new CloseDossiers(calendar.today(), clock.instant()));
    }
}
