package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.partner.PartnerCommand.EndAgreement;

/** An agreement in force ends, with a reason. */
@ApplicationScoped
public class EndAgreementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    AgreementExpiries expiries;

    public Decision<Partner> handle(PartnerId partner, AgreementId agreement, LocalDate endedOn, String reason, OptionalInt expectedVersion) {
        Decision<Partner> ended = aggregates.handle(Partner.TYPE, partner, new EndAgreement(agreement, endedOn, reason), expectedVersion,
                () -> PartnerAccess.unknown(partner));
        expiries.cancel(agreement, "the agreement ended");
        return ended;
    }
}
