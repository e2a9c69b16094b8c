package org.reformplatform.incubation.partner;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.incubation.partner.PartnerEvent.AgreementEnded;
import org.reformplatform.incubation.partner.PartnerEvent.AgreementExpired;
import org.reformplatform.incubation.partner.PartnerEvent.AgreementRenewed;
import org.reformplatform.incubation.partner.PartnerEvent.AgreementSigned;
import org.reformplatform.incubation.partner.PartnerEvent.DonationReceived;
import org.reformplatform.incubation.partner.PartnerEvent.PartnerRegistered;

/** Partners, their agreements and donations: what the portfolio counts and sums, and what a partner lists of its own. */
@ApplicationScoped
public class PartnersView implements Projection {

    @Override
    public String name() {
        return "partners";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(PartnerRegistered.class, AgreementSigned.class, AgreementRenewed.class, AgreementEnded.class, AgreementExpired.class,
                DonationReceived.class);
    }

    @Override
    public List<String> tables() {
        return List.of("partner_summaries", "partner_agreements", "partner_donations");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof PartnerRegistered registered) {
            if (PartnerSummary.findById(registered.partnerId().value()) != null) {
                return;
            }
            PartnerSummary row = new PartnerSummary();
            row.id = registered.partnerId().value();
            row.organisation = registered.organisation();
            row.name = registered.name();
            row.kind = registered.kind();
            row.version = recorded.streamVersion();
            row.persist();
            return;
        }
        PartnerSummary partner = PartnerSummary.findById(((PartnerEvent) recorded.event()).partnerId().value());
        if (partner == null) {
            return;
        }
        partner.version = recorded.streamVersion();
        Object event = recorded.event();
        if (event instanceof AgreementSigned signed) {
            AgreementSummary row = new AgreementSummary();
            row.id = signed.agreementId().value();
            row.partnerId = partner.id;
            row.partnerKind = partner.kind;
            row.centre = signed.centre();
            row.title = signed.title();
            row.signedOn = signed.signedOn();
            row.validUntil = signed.validUntil();
            row.status = Agreement.Status.ACTIVE;
            row.persist();
        } else if (event instanceof AgreementRenewed renewed) {
            AgreementSummary row = AgreementSummary.findById(renewed.agreementId().value());
            row.validUntil = renewed.validUntil();
            row.renewals++;
        } else if (event instanceof AgreementEnded ended) {
            AgreementSummary row = AgreementSummary.findById(ended.agreementId().value());
            row.status = Agreement.Status.ENDED;
            row.endedOn = ended.endedOn();
        } else if (event instanceof AgreementExpired expired) {
            AgreementSummary row = AgreementSummary.findById(expired.agreementId().value());
            row.status = Agreement.Status.EXPIRED;
            row.endedOn = expired.expiredOn();
        } else if (event instanceof DonationReceived received) {
            DonationRecord row = new DonationRecord();
            row.id = received.donationId().value();
            row.partnerId = partner.id;
            row.centre = received.centre();
            row.kind = received.kind();
            row.amount = received.amount().amount();
            row.currency = received.amount().currency();
            row.purpose = received.purpose();
            row.receivedOn = received.receivedOn();
            row.persist();
        }
    }
}
