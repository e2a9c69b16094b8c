package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/**
 * Keeps each agreement's expiry deadline in step with the agreement, in the transaction of the
 * command that changed it: signing with an end date schedules it (at the end of the last day in
 * force, in the region's time), a renewal moves it, ending the agreement cancels it.
 *
 * <p>The deadline is keyed by the agreement's id rather than the partner's stream: the kernel keeps
 * one pending deadline of a name per key, and a partner has one agreement in force per centre, each
 * with its own end. The partner's id travels in the payload.
 */
@ApplicationScoped
public class AgreementExpiries {

    /** The deadline's name: {@code incubation.AgreementExpiry}. */
    public static final String NAME = "incubation.AgreementExpiry";

    /** What the deadline carries: whose agreement, and the end it was scheduled for. */
    public record Payload(UUID partnerId, LocalDate validUntil) {
    }

    @Inject
    Deadlines deadlines;

    @Inject
    RegionalCalendar calendar;

    /** The policy expiries follow now. */
    public AgreementExpiryPolicy policy() {
        return AgreementExpiryPolicy.CURRENT;
    }

    /** Schedules or moves the agreement's expiry; cancels it when the agreement is not in force or has no end. */
    public void follow(Partner partner, AgreementId agreementId) {
        Agreement agreement = partner.agreement(agreementId).orElseThrow();
        if (!agreement.isActive() || agreement.validUntil() == null) {
            cancel(agreementId, agreement.isActive() ? "the agreement is open-ended" : "the agreement is " + agreement.status());
            return;
        }
        LocalDate lastDay = policy().lastDayInForce(agreement.validUntil());
        deadlines.schedule(Deadline.of(NAME, agreementId, calendar.endOf(lastDay), partner.organisation(),
                "The agreement '" + agreement.title() + "' with " + agreement.centre() + " expires after " + lastDay + " unless renewed",
                new Payload(partner.id().value(), agreement.validUntil())));
    }

    public void cancel(AgreementId agreementId, String reason) {
        deadlines.cancel(NAME, agreementId, reason);
    }
}
