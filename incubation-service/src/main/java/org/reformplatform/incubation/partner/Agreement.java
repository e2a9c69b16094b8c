package org.reformplatform.incubation.partner;

import java.time.LocalDate;

/**
 * A partnership agreement between a partner and a centre: signed, renewed to a later end, ended
 * early with a reason, or expired when its {@code validUntil} passed without a renewal ({@code endedOn}
 * is then the day it expired on). An agreement without {@code validUntil} runs until it is ended.
 */
public record Agreement(
        AgreementId id,
        String centre,
        String title,
        LocalDate signedOn,
        LocalDate validUntil,
        Status status,
        int renewals,
        LocalDate endedOn,
        String endReason) {

    public enum Status { ACTIVE, ENDED, EXPIRED }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    Agreement renewedUntil(LocalDate newValidUntil) {
        return new Agreement(id, centre, title, signedOn, newValidUntil, status, renewals + 1, endedOn, endReason);
    }

    Agreement expiredOn(LocalDate on) {
        return new Agreement(id, centre, title, signedOn, validUntil, Status.EXPIRED, renewals, on, null);
    }

    Agreement endedOn(LocalDate on, String reason) {
        return new Agreement(id, centre, title, signedOn, validUntil, Status.ENDED, renewals, on, reason);
    }
}
