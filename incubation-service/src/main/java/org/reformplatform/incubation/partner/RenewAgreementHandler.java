package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.partner.PartnerCommand.RenewAgreement;

/** An agreement in force is renewed to a later end. */
@ApplicationScoped
public class RenewAgreementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    AgreementExpiries expiries;

    public Decision<Partner> handle(PartnerId partner, AgreementId agreement, LocalDate renewedOn, LocalDate validUntil,
            OptionalInt expectedVersion) {
        Decision<Partner> renewed = aggregates.handle(Partner.TYPE, partner, new RenewAgreement(agreement, renewedOn, validUntil), expectedVersion,
                () -> PartnerAccess.unknown(partner));
        expiries.follow(renewed.state(), agreement);
        return renewed;
    }
}
