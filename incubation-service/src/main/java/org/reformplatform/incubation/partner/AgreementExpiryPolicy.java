package org.reformplatform.incubation.partner;

import java.time.LocalDate;

/**
 * When an agreement with an end date stops being in force unless it is renewed: at the end of its
 * {@code validUntil} (in the region's time), after a grace of {@code graceDays} calendar days. The
 * grace is data, versioned with the date it took effect, so that a later policy can allow one.
 *
 * @param version       the policy's version, for the record
 * @param effectiveFrom the first day the policy applied
 * @param graceDays     calendar days an agreement stays in force after its {@code validUntil}
 */
public record AgreementExpiryPolicy(String version, LocalDate effectiveFrom, int graceDays) {

    /** The policy in force: an agreement expires when its last valid day is over, with no grace. */
    public static final AgreementExpiryPolicy CURRENT = new AgreementExpiryPolicy("2026.12", LocalDate.of(2026, 12, 5), 0);

    public AgreementExpiryPolicy {
        if (graceDays < 0) {
            throw new IllegalArgumentException("a grace cannot be negative: " + graceDays);
        }
    }

    /** The last day an agreement valid until {@code validUntil} is in force. */
    public LocalDate lastDayInForce(LocalDate validUntil) {
        return validUntil.plusDays(graceDays);
    }

    /** The first day it is no longer in force: the day it expired on. */
    public LocalDate expiresOn(LocalDate validUntil) {
        return lastDayInForce(validUntil).plusDays(1);
    }

    /** Whether an agreement valid until {@code validUntil} (null: open-ended) is no longer in force on {@code today}. */
    public boolean expiredBy(LocalDate validUntil, LocalDate today) {
        return validUntil != null && !today.isBefore(expiresOn(validUntil));
    }
}
