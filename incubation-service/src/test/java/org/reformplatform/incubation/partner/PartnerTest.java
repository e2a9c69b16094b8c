package org.reformplatform.incubation.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.partner.PartnerCommand.EndAgreement;
import org.reformplatform.incubation.partner.PartnerCommand.ExpireAgreement;
import org.reformplatform.incubation.partner.PartnerCommand.ReceiveDonation;
import org.reformplatform.incubation.partner.PartnerCommand.RegisterPartner;
import org.reformplatform.incubation.partner.PartnerCommand.RenewAgreement;
import org.reformplatform.incubation.partner.PartnerCommand.SignAgreement;
import org.reformplatform.incubation.partner.PartnerEvent.AgreementEnded;
import org.reformplatform.incubation.partner.PartnerEvent.AgreementExpired;
import org.reformplatform.incubation.partner.PartnerEvent.AgreementRenewed;
import org.reformplatform.incubation.partner.PartnerEvent.AgreementSigned;
import org.reformplatform.incubation.partner.PartnerEvent.DonationReceived;
import org.reformplatform.incubation.partner.PartnerEvent.PartnerRegistered;
import org.reformplatform.testing.DeciderSpec;

/** A partner's rules: one per organisation, agreements signed, renewed and ended, donations received. */
class PartnerTest {

    static final String ORG = "hillhouse-vc";
    static final PartnerId ID = PartnerId.forOrganisation(ORG);
    static final PartnerRegistered REGISTERED = new PartnerRegistered(ID, ORG, "Hillhouse Capital", PartnerKind.VENTURE_CAPITAL);
    static final String CENTRE = "future-innovation-centre";
    static final AgreementId AGREEMENT = AgreementId.random();
    static final LocalDate SIGNED_ON = LocalDate.of(2026, 3, 1);
    static final LocalDate VALID_UNTIL = LocalDate.of(2029, 2, 28);
    static final AgreementSigned SIGNED = new AgreementSigned(ID, AGREEMENT, CENTRE, "Cooperation", SIGNED_ON, VALID_UNTIL);

    final DeciderSpec<Partner, PartnerCommand, PartnerEvent> spec = DeciderSpec.of(
            Partner.TYPE.decider()::initialState, Partner.TYPE.decider()::decide, Partner.TYPE.decider()::evolve)
            .covering(PartnerCommand.class, PartnerEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(PartnerCommand.class);
    }

    String code(DeciderSpec<Partner, PartnerCommand, PartnerEvent>.When when) {
        return when.thenRefused(RuleViolation.class).code();
    }

    @Nested
    class Registering {

        @Test
        void an_organisation_becomes_a_partner() {
            spec.given().when(new RegisterPartner(ID, ORG, "Hillhouse Capital", PartnerKind.VENTURE_CAPITAL)).then(REGISTERED);
        }

        @Test
        void an_organisation_is_one_partner() {
            assertThat(code(spec.given(REGISTERED).when(new RegisterPartner(ID, ORG, "Again", PartnerKind.CORPORATE)))).isEqualTo("partner-exists");
        }

        @Test
        void the_id_is_the_organisations() {
            assertThat(PartnerId.forOrganisation(ORG)).isEqualTo(ID);
            assertThat(PartnerId.forOrganisation("another-org")).isNotEqualTo(ID);
            assertThat(code(spec.given().when(new RegisterPartner(PartnerId.forOrganisation("x"), ORG, "Wrong id", PartnerKind.CORPORATE))))
                    .isEqualTo("partner-id-mismatch");
        }

        @Test
        void commands_to_an_unknown_partner_are_refused_as_not_found() {
            RuleViolation refusal = spec.given().when(new SignAgreement(AGREEMENT, CENTRE, "x", SIGNED_ON, null)).thenRefused(RuleViolation.class);
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class Expiry {

        final AgreementExpiryPolicy policy = AgreementExpiryPolicy.CURRENT;
        final AgreementExpired expired = new AgreementExpired(ID, AGREEMENT, CENTRE, VALID_UNTIL, VALID_UNTIL.plusDays(1));

        @Test
        void an_agreement_past_its_end_expires_the_day_after() {
            spec.given(REGISTERED, SIGNED).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusDays(1), policy)).then(expired);
            Agreement agreement = spec.given(REGISTERED, SIGNED, expired).state().agreement(AGREEMENT).orElseThrow();
            assertThat(agreement.status()).isEqualTo(Agreement.Status.EXPIRED);
            assertThat(agreement.isActive()).isFalse();
            assertThat(agreement.endedOn()).isEqualTo(VALID_UNTIL.plusDays(1));
        }

        @Test
        void the_expiry_date_is_the_policys_not_the_day_it_was_noticed() {
            // The service was down for a month: the agreement still expired the day after its end.
            spec.given(REGISTERED, SIGNED).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusMonths(1), policy)).then(expired);
        }

        @Test
        void an_agreement_in_force_does_not_expire() {
            assertThat(code(spec.given(REGISTERED, SIGNED).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL, policy))))
                    .isEqualTo("agreement-in-force");
        }

        @Test
        void a_renewal_moves_the_expiry() {
            AgreementRenewed renewed = new AgreementRenewed(ID, AGREEMENT, VALID_UNTIL.minusMonths(1), VALID_UNTIL.plusYears(3));
            assertThat(code(spec.given(REGISTERED, SIGNED, renewed).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusDays(1), policy))))
                    .isEqualTo("agreement-in-force");
            spec.given(REGISTERED, SIGNED, renewed).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusYears(3).plusDays(1), policy))
                    .then(new AgreementExpired(ID, AGREEMENT, CENTRE, VALID_UNTIL.plusYears(3), VALID_UNTIL.plusYears(3).plusDays(1)));
        }

        @Test
        void a_grace_in_the_policy_keeps_it_in_force_longer() {
            AgreementExpiryPolicy grace = new AgreementExpiryPolicy("test", SIGNED_ON, 30);
            assertThat(code(spec.given(REGISTERED, SIGNED).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusDays(30), grace))))
                    .isEqualTo("agreement-in-force");
            spec.given(REGISTERED, SIGNED).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusDays(31), grace))
                    .then(new AgreementExpired(ID, AGREEMENT, CENTRE, VALID_UNTIL, VALID_UNTIL.plusDays(31)));
        }

        @Test
        void an_open_ended_ended_or_expired_agreement_does_not_expire() {
            AgreementSigned open = new AgreementSigned(ID, AGREEMENT, CENTRE, "Open", SIGNED_ON, null);
            assertThat(code(spec.given(REGISTERED, open).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusYears(50), policy))))
                    .isEqualTo("agreement-open-ended");
            AgreementEnded ended = new AgreementEnded(ID, AGREEMENT, SIGNED_ON.plusMonths(6), "Withdrew");
            assertThat(code(spec.given(REGISTERED, SIGNED, ended).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusDays(1), policy))))
                    .isEqualTo("agreement-ended");
            assertThat(code(spec.given(REGISTERED, SIGNED, expired).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusDays(2), policy))))
                    .isEqualTo("agreement-expired");
            assertThat(code(spec.given(REGISTERED).when(new ExpireAgreement(AGREEMENT, VALID_UNTIL.plusDays(1), policy))))
                    .isEqualTo("unknown-agreement");
        }

        @Test
        void an_expired_agreement_is_not_renewed_but_a_new_one_may_be_signed() {
            assertThat(code(spec.given(REGISTERED, SIGNED, expired).when(new RenewAgreement(AGREEMENT, VALID_UNTIL.plusDays(2),
                    VALID_UNTIL.plusYears(3))))).isEqualTo("agreement-expired");
            assertThat(spec.given(REGISTERED, SIGNED, expired).when(new SignAgreement(AgreementId.random(), CENTRE, "Again",
                    VALID_UNTIL.plusDays(2), null)).events()).hasSize(1);
        }

        @Test
        void the_policy_refuses_a_negative_grace() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AgreementExpiryPolicy("bad", SIGNED_ON, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Agreements {

        @Test
        void a_partner_signs_an_agreement_with_a_centre() {
            spec.given(REGISTERED).when(new SignAgreement(AGREEMENT, CENTRE, "Cooperation", SIGNED_ON, VALID_UNTIL)).then(SIGNED);
        }

        @Test
        void an_agreement_may_be_open_ended_but_not_end_before_it_is_signed() {
            spec.given(REGISTERED).when(new SignAgreement(AGREEMENT, CENTRE, "Open", SIGNED_ON, null))
                    .then(new AgreementSigned(ID, AGREEMENT, CENTRE, "Open", SIGNED_ON, null));
            assertThat(code(spec.given(REGISTERED).when(new SignAgreement(AGREEMENT, CENTRE, "Same day", SIGNED_ON, SIGNED_ON))))
                    .isEqualTo("validity-before-signing");
        }

        @Test
        void one_agreement_in_force_per_centre() {
            assertThat(code(spec.given(REGISTERED, SIGNED).when(new SignAgreement(AgreementId.random(), CENTRE, "Second", SIGNED_ON, null))))
                    .isEqualTo("agreement-already-active");
            assertThat(spec.given(REGISTERED, SIGNED).when(new SignAgreement(AgreementId.random(), "another-centre", "Other centre",
                    SIGNED_ON, null)).events()).hasSize(1);
            assertThat(spec.given(REGISTERED, SIGNED, new AgreementEnded(ID, AGREEMENT, SIGNED_ON.plusYears(1), "Ended"))
                    .when(new SignAgreement(AgreementId.random(), CENTRE, "New one", SIGNED_ON.plusYears(1), null)).events()).hasSize(1);
        }

        @Test
        void an_agreement_in_force_is_renewed_to_a_later_end() {
            LocalDate renewedOn = VALID_UNTIL.minusMonths(1);
            spec.given(REGISTERED, SIGNED).when(new RenewAgreement(AGREEMENT, renewedOn, VALID_UNTIL.plusYears(3)))
                    .then(new AgreementRenewed(ID, AGREEMENT, renewedOn, VALID_UNTIL.plusYears(3)));
            assertThat(code(spec.given(REGISTERED, SIGNED).when(new RenewAgreement(AGREEMENT, renewedOn, VALID_UNTIL))))
                    .isEqualTo("renewal-not-later");
            assertThat(code(spec.given(REGISTERED, SIGNED).when(new RenewAgreement(AGREEMENT, SIGNED_ON.minusDays(1), VALID_UNTIL.plusYears(1)))))
                    .isEqualTo("date-before-signing");
        }

        @Test
        void renewals_are_counted_and_move_the_end() {
            Partner partner = spec.given(REGISTERED, SIGNED, new AgreementRenewed(ID, AGREEMENT, VALID_UNTIL, VALID_UNTIL.plusYears(3))).state();
            assertThat(partner.agreement(AGREEMENT).orElseThrow().renewals()).isEqualTo(1);
            assertThat(partner.agreement(AGREEMENT).orElseThrow().validUntil()).isEqualTo(VALID_UNTIL.plusYears(3));
        }

        @Test
        void an_agreement_in_force_ends_with_a_reason() {
            LocalDate endedOn = SIGNED_ON.plusMonths(6);
            spec.given(REGISTERED, SIGNED).when(new EndAgreement(AGREEMENT, endedOn, "Withdrew"))
                    .then(new AgreementEnded(ID, AGREEMENT, endedOn, "Withdrew"));
            assertThat(code(spec.given(REGISTERED, SIGNED).when(new EndAgreement(AGREEMENT, endedOn, " ")))).isEqualTo("reason-required");
            assertThat(code(spec.given(REGISTERED, SIGNED).when(new EndAgreement(AGREEMENT, SIGNED_ON.minusDays(1), "Too early"))))
                    .isEqualTo("date-before-signing");
        }

        @Test
        void an_ended_agreement_is_neither_renewed_nor_ended_again() {
            AgreementEnded ended = new AgreementEnded(ID, AGREEMENT, SIGNED_ON.plusMonths(6), "Withdrew");
            assertThat(code(spec.given(REGISTERED, SIGNED, ended).when(new RenewAgreement(AGREEMENT, SIGNED_ON.plusYears(1), VALID_UNTIL.plusYears(1)))))
                    .isEqualTo("agreement-ended");
            assertThat(code(spec.given(REGISTERED, SIGNED, ended).when(new EndAgreement(AGREEMENT, SIGNED_ON.plusYears(1), "Again"))))
                    .isEqualTo("agreement-ended");
        }

        @Test
        void an_unknown_agreement_is_not_found() {
            RuleViolation refusal = spec.given(REGISTERED).when(new EndAgreement(AGREEMENT, SIGNED_ON, "x")).thenRefused(RuleViolation.class);
            assertThat(refusal.code()).isEqualTo("unknown-agreement");
            assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        }
    }

    @Nested
    class Donations {

        final DonationId donation = DonationId.random();
        final LocalDate on = LocalDate.of(2026, 4, 18);

        ReceiveDonation receive(String amount) {
            return new ReceiveDonation(donation, CENTRE, DonationKind.DONATION, Money.of(amount, "CNY"), "Scholarships", on);
        }

        @Test
        void a_donation_is_received_for_a_purpose() {
            spec.given(REGISTERED).when(receive("5000000.00"))
                    .then(new DonationReceived(ID, donation, CENTRE, DonationKind.DONATION, Money.of("5000000.00", "CNY"), "Scholarships", on));
        }

        @Test
        void a_donation_is_more_than_zero() {
            assertThat(code(spec.given(REGISTERED).when(receive("0")))).isEqualTo("amount-not-positive");
            assertThat(code(spec.given(REGISTERED).when(receive("-100.00")))).isEqualTo("amount-not-positive");
            assertThat(spec.given(REGISTERED).when(receive("0.01")).events()).hasSize(1);
        }

        @Test
        void a_donation_needs_a_purpose_and_is_recorded_once() {
            assertThat(code(spec.given(REGISTERED).when(new ReceiveDonation(donation, CENTRE, DonationKind.SPONSORSHIP,
                    Money.of("1.00", "CNY"), "", on)))).isEqualTo("purpose-required");
            DonationReceived received = new DonationReceived(ID, donation, CENTRE, DonationKind.DONATION, Money.of("1.00", "CNY"), "x", on);
            assertThat(code(spec.given(REGISTERED, received).when(receive("1.00")))).isEqualTo("donation-exists");
        }

        @Test
        void donations_add_up_exactly_per_currency() {
            Partner partner = spec.given(REGISTERED,
                    new DonationReceived(ID, DonationId.random(), CENTRE, DonationKind.DONATION, Money.of("0.10", "CNY"), "x", on),
                    new DonationReceived(ID, DonationId.random(), CENTRE, DonationKind.SPONSORSHIP, Money.of("0.20", "CNY"), "y", on),
                    new DonationReceived(ID, DonationId.random(), CENTRE, DonationKind.DONATION, Money.of("7", "EUR"), "z", on)).state();
            assertThat(partner.donated().asList()).containsExactly(Money.of("0.30", "CNY"), Money.of("7.00", "EUR"));
        }
    }
}
