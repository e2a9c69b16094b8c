package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.partner.PartnerCommand.ReceiveDonation;

/** A centre received a donation or sponsorship from a partner: an exact amount, more than zero, for a purpose. */
@ApplicationScoped
public class ReceiveDonationHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Partner> handle(PartnerId partner, DonationId donation, String centre, DonationKind kind, Money amount, String purpose,
            LocalDate receivedOn, OptionalInt expectedVersion) {
        return aggregates.handle(Partner.TYPE, partner, new ReceiveDonation(donation, centre, kind, amount, purpose, receivedOn),
                expectedVersion, () -> PartnerAccess.unknown(partner));
    }
}
