package org.reformplatform.incubation.partner;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.Money;

/** A donation or sponsorship a partner gave a centre, for a purpose, on a date. */
public record Donation(DonationId id, String centre, DonationKind kind, Money amount, String purpose, LocalDate receivedOn) {
}
