package org.reformplatform.incubation.partner;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.Money;

/** What operators record about a partner. */
public sealed interface PartnerCommand {

    record RegisterPartner(PartnerId id, String organisation, String name, PartnerKind kind) implements PartnerCommand {
    }

    record SignAgreement(AgreementId agreementId, String centre, String title, LocalDate signedOn, LocalDate validUntil)
            implements PartnerCommand {
    }

    record RenewAgreement(AgreementId agreementId, LocalDate renewedOn, LocalDate validUntil) implements PartnerCommand {
    }

    record EndAgreement(AgreementId agreementId, LocalDate endedOn, String reason) implements PartnerCommand {
    }

    /**
     * The agreement's end date passed without a renewal: it expires, if {@code today} is past its last day
     * in force by the policy. A deadline sends it (see {@link AgreementExpiries}).
     */
    record ExpireAgreement(AgreementId agreementId, LocalDate today, AgreementExpiryPolicy policy) implements PartnerCommand {
    }

    record ReceiveDonation(DonationId donationId, String centre, DonationKind kind, Money amount, String purpose, LocalDate receivedOn)
            implements PartnerCommand {
    }
}
