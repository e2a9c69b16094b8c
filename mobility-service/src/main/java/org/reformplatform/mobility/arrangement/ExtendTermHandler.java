package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ExtendTerm;

/** A later end for an active term, within the form's maximum term; the term's own deadline moves with it. */
@ApplicationScoped
public class ExtendTermHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    @Inject
    ArrangementDeadlines deadlines;

    public Decision<Arrangement> handle(ArrangementId id, Actor actor, LocalDate endsOn, String reason, OptionalInt expectedVersion) {
        return deadlines.follow(aggregates.handle(Arrangement.TYPE, id,
                new ExtendTerm(actor, endsOn, reason, calendar.today(), calendar.now()), expectedVersion));
    }
}
