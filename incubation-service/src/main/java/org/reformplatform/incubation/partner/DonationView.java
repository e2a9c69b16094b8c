package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Money;

/**
 * A donation or sponsorship as the API shows it, from the partner's stream. Its OpenAPI schema is
 * {@link DonationListing}'s ("Donation"): the same fields, from the read model.
 */
public record DonationView(UUID id, UUID partnerId, String centre, DonationKind kind, Money amount, String purpose, LocalDate receivedOn) {

    static DonationView of(PartnerId partnerId, Donation d) {
        return new DonationView(d.id().value(), partnerId.value(), d.centre(), d.kind(), d.amount(), d.purpose(), d.receivedOn());
    }
}
