package org.reformplatform.evaluation.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.pledge.PledgeCommand.AssessPledge;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/**
 * A pledge assessed after its deadline: one not fulfilled by then fails, with its consequences.
 * An institution or operator may assess it; otherwise its deadline ({@link PledgeDue}) does, the day
 * after {@link PledgeLapsePolicy#standsUntil}.
 */
@ApplicationScoped
public class AssessPledgeHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    Deadlines deadlines;

    /** An assessment asked for by a person: settled now, the pledge's own deadline has nothing left to do. */
    public Decision<Pledge> handle(PledgeId pledge, LocalDate on, OptionalInt expectedVersion) {
        Decision<Pledge> decision = assess(pledge, on, expectedVersion);
        deadlines.cancel(PledgeDue.NAME, pledge, "assessed on " + on);
        return decision;
    }

    /** The pledge's deadline fell due unfulfilled: it fails by itself, assessed today. */
    public Decision<Pledge> failOverdue(PledgeId pledge) {
        return assess(pledge, calendar.today(), OptionalInt.empty());
    }

    private Decision<Pledge> assess(PledgeId pledge, LocalDate on, OptionalInt expectedVersion) {
        return aggregates.handle(Pledge.TYPE, pledge, new AssessPledge(on, calendar.today(), clock.instant()), expectedVersion);
    }
}
