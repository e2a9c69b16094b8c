package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.partner.PartnerCommand.SignAgreement;

/** A partner signed an agreement with a centre: one in force per centre (the partner renews it rather than signing another). */
@ApplicationScoped
public class SignAgreementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    AgreementExpiries expiries;

    public Decision<Partner> handle(PartnerId partner, AgreementId agreement, String centre, String title, LocalDate signedOn,
            LocalDate validUntil, OptionalInt expectedVersion) {
        Decision<Partner> signed = aggregates.handle(Partner.TYPE, partner, new SignAgreement(agreement, centre, title, signedOn, validUntil),
                expectedVersion, () -> PartnerAccess.unknown(partner));
        expiries.follow(signed.state(), agreement);
        return signed;
    }
}
