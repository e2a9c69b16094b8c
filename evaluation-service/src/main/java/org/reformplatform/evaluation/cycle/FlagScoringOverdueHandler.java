package org.reformplatform.evaluation.cycle;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.FlagScoringOverdue;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/** A cycle whose scoring deadline is over flags the assignments still without a score sheet as overdue. */
@ApplicationScoped
public class FlagScoringOverdueHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    public Decision<Cycle> handle(CycleId cycle) {
        return aggregates.handle(Cycle.TYPE, cycle, new FlagScoringOverdue(calendar.today(), clock.instant()));
    }
}
