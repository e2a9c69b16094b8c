package org.reformplatform.mobility.arrangement;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.DecideReturnOrResign;

/**
 * After a deferral: the researcher returns or resigns (declared through the home institution or by
 * an operator), or, when nobody decides in time, the arrangement's policy decides for them.
 */
@ApplicationScoped
public class ReturnOrResignHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    EndArrangementHandler endings;

    @Inject
    RegionalCalendar calendar;

    public Decision<Arrangement> decide(ArrangementId id, Actor actor, Ending decision, String reason, OptionalInt expectedVersion) {
        return endings.settle(id, aggregates.handle(Arrangement.TYPE, id, new DecideReturnOrResign(actor, decision, reason, calendar.today()),
                expectedVersion));
    }

    /** The time to decide is over ({@link ArrangementDeadlines#UNDECIDED}): the policy's {@code ifUndecided} applies. */
    public Decision<Arrangement> deem(ArrangementId id) {
        return endings.settle(id, aggregates.handle(Arrangement.TYPE, id, DeadlinePlan.command(DeadlinePlan.UNDECIDED, calendar.today(), calendar.now(), calendar.workingDays()), OptionalInt.empty()));
    }
}
