package org.reformplatform.mobility.arrangement;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.GrantDeferral;

/**
 * A deferral period (暂缓期) granted before the term ends, within what the arrangement's policy version
 * allows; when it is over, a return-or-resign decision falls due.
 */
@ApplicationScoped
public class GrantDeferralHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ArrangementDeadlines deadlines;

    public Decision<Arrangement> handle(ArrangementId id, Actor actor, int months, String reason, OptionalInt expectedVersion) {
        return deadlines.follow(aggregates.handle(Arrangement.TYPE, id,
                new GrantDeferral(actor, months, reason, calendar.today(), calendar.now()), expectedVersion));
    }

    /** The deferral is over ({@link ArrangementDeadlines#DEFERRAL_EXPIRY}): the researcher must return or resign, in working days. */
    public Decision<Arrangement> expire(ArrangementId id) {
        return deadlines.follow(aggregates.handle(Arrangement.TYPE, id, DeadlinePlan.command(DeadlinePlan.DEFERRAL_EXPIRY, calendar.today(), calendar.now(), calendar.workingDays()),
                OptionalInt.empty()));
    }
}
