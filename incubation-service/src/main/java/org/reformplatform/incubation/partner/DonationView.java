package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;

/** A donation or sponsorship as the API shows it. */
@Schema(name = "Donation")
public record DonationView(UUID id, UUID partnerId, String centre, DonationKind kind, Money amount, String purpose, LocalDate receivedOn) {

    static DonationView of(PartnerId partnerId, Donation d) {
        return new DonationView(d.id().value(), partnerId.value(), d.centre(), d.kind(), d.amount(), d.purpose(), d.receivedOn());
    }

    static DonationView of(DonationRecord row) {
        return new DonationView(row.id, row.partnerId, row.centre, row.kind, row.money(), row.purpose, row.receivedOn);
    }
}
