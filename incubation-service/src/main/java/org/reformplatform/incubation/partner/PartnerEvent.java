package org.reformplatform.incubation.partner;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens to a partner. Published on {@code incubation.events}. */
public sealed interface PartnerEvent {

    PartnerId partnerId();

    /** An organisation became a partner of the centres; {@code organisation} is its token's {@code org} claim. */
    record PartnerRegistered(PartnerId partnerId, String organisation, @NotPersonalData("the name of a partner organisation (university, firm, foundation)") String name, PartnerKind kind) implements PartnerEvent {
    }

    /** The partner signed an agreement with a centre ({@code validUntil} null: open-ended). */
    record AgreementSigned(PartnerId partnerId, AgreementId agreementId, String centre, String title, LocalDate signedOn,
            LocalDate validUntil) implements PartnerEvent {
    }

    record AgreementRenewed(PartnerId partnerId, AgreementId agreementId, LocalDate renewedOn, LocalDate validUntil)
            implements PartnerEvent {
    }

    record AgreementEnded(PartnerId partnerId, AgreementId agreementId, LocalDate endedOn, String reason) implements PartnerEvent {
    }

    /**
     * The agreement was not renewed before its end: it is no longer in force from {@code expiredOn}
     * (the day after its last day in force, {@code validUntil} plus the policy's grace).
     */
    record AgreementExpired(PartnerId partnerId, AgreementId agreementId, String centre, LocalDate validUntil, LocalDate expiredOn)
            implements PartnerEvent {
    }

    /** A donation or sponsorship received by a centre; {@code amount} is {@code {"amount": "...", "currency": "CNY"}}. */
    record DonationReceived(PartnerId partnerId, DonationId donationId, String centre, DonationKind kind, Money amount, String purpose,
            LocalDate receivedOn) implements PartnerEvent {
    }
}
