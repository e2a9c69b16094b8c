package org.reformplatform.mobility.arrangement;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.arrangement.ArrangementCommand.ChangeAgreementTerms;

/** New terms while the agreement is being signed: a new agreement version, every earlier signature void. */
@ApplicationScoped
public class ChangeAgreementTermsHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    public Decision<Arrangement> handle(ArrangementId id, Actor actor, Term term, String agreementTerms, OptionalInt expectedVersion) {
        return aggregates.handle(Arrangement.TYPE, id, new ChangeAgreementTerms(actor, term, agreementTerms, calendar.now()), expectedVersion);
    }
}
