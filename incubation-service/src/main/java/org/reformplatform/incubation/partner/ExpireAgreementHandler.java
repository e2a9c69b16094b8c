package org.reformplatform.incubation.partner;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.incubation.partner.PartnerCommand.ExpireAgreement;

/** An agreement whose end passed without a renewal expires (sent by its deadline, {@link AgreementExpiryDue}). */
@ApplicationScoped
public class ExpireAgreementHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    RegionalCalendar calendar;

    @Inject
    AgreementExpiries expiries;

    public Decision<Partner> handle(PartnerId partner, AgreementId agreement, OptionalInt expectedVersion) {
        return aggregates.handle(Partner.TYPE, partner, new ExpireAgreement(agreement, calendar.today(), expiries.policy()), expectedVersion,
                () -> PartnerAccess.unknown(partner));
    }
}
