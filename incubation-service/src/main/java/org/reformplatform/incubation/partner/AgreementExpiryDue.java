package org.reformplatform.incubation.partner;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * {@code incubation.AgreementExpiry}: the agreement's last day in force is over; it expires through the
 * same handler as any command. Renewed or ended in the meantime, the partner refuses it and the
 * deadline closes as refused.
 */
@ApplicationScoped
public class AgreementExpiryDue implements DeadlineHandler {

    @Inject
    ExpireAgreementHandler expiring;

    @Override
    public String name() {
        return AgreementExpiries.NAME;
    }

    @Override
    public void fire(DueDeadline due) {
        AgreementExpiries.Payload payload = due.payload(AgreementExpiries.Payload.class);
        expiring.handle(new PartnerId(payload.partnerId()), new AgreementId(due.streamUuid()), OptionalInt.empty());
    }
}
