package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;

/** A donation or sponsorship in a partner's list, from the read model. */
@Schema(name = "Donation")
public record DonationListing(UUID id, UUID partnerId, String centre, DonationKind kind, Money amount, String purpose, LocalDate receivedOn) {

    static DonationListing of(DonationRecord row) {
        return new DonationListing(row.id, row.partnerId, row.centre, row.kind, row.money(), row.purpose, row.receivedOn);
    }
}
