package org.reformplatform.mobility.arrangement;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.WithdrawArrangement;

/** The applying institution withdraws its application before the agreement is complete; nothing lapses any more. */
@ApplicationScoped
public class WithdrawArrangementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ArrangementDeadlines deadlines;

    public Decision<Arrangement> handle(ArrangementId id, Actor actor, String reason, OptionalInt expectedVersion) {
        return deadlines.follow(aggregates.handle(Arrangement.TYPE, id, new WithdrawArrangement(actor, reason, calendar.now()), expectedVersion));
    }
}
