package org.reformplatform.incubation.partner;

import java.time.LocalDate;

/**
 * A partnership agreement between a partner and a centre: signed, renewed to a later end, or ended
 * early with a reason. An agreement without {@code validUntil} runs until it is ended.
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

    public enum Status { ACTIVE, ENDED }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    Agreement renewedUntil(LocalDate newValidUntil) {
        return new Agreement(id, centre, title, signedOn, newValidUntil, status, renewals + 1, endedOn, endReason);
    }

    Agreement endedOn(LocalDate on, String reason) {
        return new Agreement(id, centre, title, signedOn, validUntil, Status.ENDED, renewals, on, reason);
    }
}
