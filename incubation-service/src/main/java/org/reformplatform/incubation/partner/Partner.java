package org.reformplatform.incubation.partner;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.MoneyTotals;
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

/**
 * A partner of the centres (a university, venture-capital firm, corporate partner, leading or
 * unicorn enterprise): its agreements with centres and what it donated or sponsored.
 */
public record Partner(
        PartnerId id,
        String organisation,
        String name,
        PartnerKind kind,
        List<Agreement> agreements,
        List<Donation> donations) {

    public static final AggregateType<Partner, PartnerCommand, PartnerEvent> TYPE = new AggregateType<>("Partner", new Lifecycle());

    public static final Partner NONE = new Partner(null, null, null, null, List.of(), List.of());

    public boolean exists() {
        return id != null;
    }

    public Optional<Agreement> agreement(AgreementId agreementId) {
        return agreements.stream().filter(a -> a.id().equals(agreementId)).findFirst();
    }

    public Optional<Donation> donation(DonationId donationId) {
        return donations.stream().filter(d -> d.id().equals(donationId)).findFirst();
    }

    /** Everything donated and sponsored, exact per currency. */
    public MoneyTotals donated() {
        return MoneyTotals.of(donations.stream().map(Donation::amount).toList());
    }

    /** How a partner decides commands and evolves with its events. */
    static final class Lifecycle implements Decider<Partner, PartnerCommand, PartnerEvent> {

        @Override
        public Partner initialState() {
            return NONE;
        }

        @Override
        public List<PartnerEvent> decide(PartnerCommand command, Partner state) {
            if (command instanceof RegisterPartner register) {
                require(!state.exists(), () -> RuleViolation.conflict("partner-exists",
                        "The organisation " + register.organisation() + " is a partner already"));
                require(register.id().equals(PartnerId.forOrganisation(register.organisation())), () -> RuleViolation.invalid(
                        "partner-id-mismatch", "A partner's id is derived from its organisation"));
                requireText(register.name(), "partner-name-required", "A partner needs a name");
                return List.of(new PartnerRegistered(register.id(), register.organisation(), register.name(), register.kind()));
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-partner", "There is no such partner"));
            if (command instanceof SignAgreement sign) {
                return sign(sign, state);
            }
            if (command instanceof RenewAgreement renew) {
                return renew(renew, state);
            }
            if (command instanceof EndAgreement end) {
                Agreement agreement = activeAgreement(state, end.agreementId());
                require(!end.endedOn().isBefore(agreement.signedOn()), () -> RuleViolation.invalid("date-before-signing",
                        "An agreement cannot end before it was signed on " + agreement.signedOn()));
                requireText(end.reason(), "reason-required", "Say why the agreement ends");
                return List.of(new AgreementEnded(state.id, end.agreementId(), end.endedOn(), end.reason()));
            }
            if (command instanceof ExpireAgreement expire) {
                return expire(expire, state);
            }
            if (command instanceof ReceiveDonation receive) {
                require(state.donation(receive.donationId()).isEmpty(), () -> RuleViolation.conflict("donation-exists",
                        "This donation is recorded already"));
                require(receive.amount().greaterThanZero(), () -> RuleViolation.invalid("amount-not-positive",
                        "A donation must be more than zero, not " + receive.amount()));
                requireText(receive.purpose(), "purpose-required", "Say what the donation is for");
                return List.of(new DonationReceived(state.id, receive.donationId(), receive.centre(), receive.kind(), receive.amount(),
                        receive.purpose(), receive.receivedOn()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        /** One agreement in force per centre: a partner renews it rather than signing a second. */
        private static List<PartnerEvent> sign(SignAgreement sign, Partner state) {
            require(state.agreement(sign.agreementId()).isEmpty(), () -> RuleViolation.conflict("agreement-exists",
                    "This agreement is recorded already"));
            require(state.agreements.stream().noneMatch(a -> a.isActive() && a.centre().equals(sign.centre())),
                    () -> RuleViolation.conflict("agreement-already-active", "The partner has an agreement in force with "
                            + sign.centre() + "; renew it instead").with("centre", sign.centre()));
            requireText(sign.title(), "title-required", "An agreement needs a title");
            require(sign.validUntil() == null || sign.validUntil().isAfter(sign.signedOn()), () -> RuleViolation.invalid(
                    "validity-before-signing", "An agreement must be valid until after the day it is signed"));
            return List.of(new AgreementSigned(state.id, sign.agreementId(), sign.centre(), sign.title(), sign.signedOn(), sign.validUntil()));
        }

        /** A renewal runs the agreement to a later end; it never shortens it. */
        private static List<PartnerEvent> renew(RenewAgreement renew, Partner state) {
            Agreement agreement = activeAgreement(state, renew.agreementId());
            require(!renew.renewedOn().isBefore(agreement.signedOn()), () -> RuleViolation.invalid("date-before-signing",
                    "An agreement cannot be renewed before it was signed on " + agreement.signedOn()));
            require(renew.validUntil().isAfter(renew.renewedOn()), () -> RuleViolation.invalid("validity-before-renewal",
                    "A renewal must run until after the day it is made"));
            require(agreement.validUntil() == null || renew.validUntil().isAfter(agreement.validUntil()), () -> RuleViolation.invalid(
                    "renewal-not-later", "A renewal must run later than " + agreement.validUntil()));
            return List.of(new AgreementRenewed(state.id, renew.agreementId(), renew.renewedOn(), renew.validUntil()));
        }

        /** An agreement expires only once its last day in force is over and nobody renewed it; an open-ended one never does. */
        private static List<PartnerEvent> expire(ExpireAgreement expire, Partner state) {
            Agreement agreement = activeAgreement(state, expire.agreementId());
            require(agreement.validUntil() != null, () -> RuleViolation.conflict("agreement-open-ended",
                    "The agreement runs until it is ended; it does not expire"));
            require(expire.policy().expiredBy(agreement.validUntil(), expire.today()), () -> RuleViolation.conflict("agreement-in-force",
                    "The agreement is in force until " + expire.policy().lastDayInForce(agreement.validUntil())));
            return List.of(new AgreementExpired(state.id, agreement.id(), agreement.centre(), agreement.validUntil(),
                    expire.policy().expiresOn(agreement.validUntil())));
        }

        private static Agreement activeAgreement(Partner state, AgreementId id) {
            Agreement agreement = state.agreement(id).orElseThrow(() -> RuleViolation.notFound("unknown-agreement",
                    "The partner has no such agreement"));
            require(agreement.status() != Agreement.Status.EXPIRED, () -> RuleViolation.conflict("agreement-expired",
                    "The agreement expired on " + agreement.endedOn() + " without a renewal; sign a new one"));
            require(agreement.isActive(), () -> RuleViolation.conflict("agreement-ended", "The agreement ended on " + agreement.endedOn()));
            return agreement;
        }

        private static void requireText(String value, String code, String detail) {
            require(value != null && !value.isBlank(), () -> RuleViolation.invalid(code, detail));
        }

        @Override
        public Partner evolve(Partner s, PartnerEvent event) {
            if (event instanceof PartnerRegistered r) {
                return new Partner(r.partnerId(), r.organisation(), r.name(), r.kind(), List.of(), List.of());
            }
            if (event instanceof AgreementSigned a) {
                List<Agreement> agreements = new ArrayList<>(s.agreements);
                agreements.add(new Agreement(a.agreementId(), a.centre(), a.title(), a.signedOn(), a.validUntil(), Agreement.Status.ACTIVE,
                        0, null, null));
                return s.withAgreements(agreements);
            }
            if (event instanceof AgreementRenewed r) {
                return s.withAgreements(s.agreements.stream()
                        .map(a -> a.id().equals(r.agreementId()) ? a.renewedUntil(r.validUntil()) : a).toList());
            }
            if (event instanceof AgreementEnded e) {
                return s.withAgreements(s.agreements.stream()
                        .map(a -> a.id().equals(e.agreementId()) ? a.endedOn(e.endedOn(), e.reason()) : a).toList());
            }
            if (event instanceof AgreementExpired e) {
                return s.withAgreements(s.agreements.stream()
                        .map(a -> a.id().equals(e.agreementId()) ? a.expiredOn(e.expiredOn()) : a).toList());
            }
            if (event instanceof DonationReceived d) {
                List<Donation> donations = new ArrayList<>(s.donations);
                donations.add(new Donation(d.donationId(), d.centre(), d.kind(), d.amount(), d.purpose(), d.receivedOn()));
                return new Partner(s.id, s.organisation, s.name, s.kind, s.agreements, List.copyOf(donations));
            }
            return s;
        }
    }

    private Partner withAgreements(List<Agreement> newAgreements) {
        return new Partner(id, organisation, name, kind, List.copyOf(newAgreements), donations);
    }
}
