package org.reformplatform.incubation.partner;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agreement as the API shows it. */
@Schema(name = "Agreement")
public record AgreementView(
        UUID id,
        String centre,
        String title,
        LocalDate signedOn,
        @Schema(description = "Absent: open-ended") LocalDate validUntil,
        @Schema(description = "active, ended (by a decision) or expired (its validUntil passed without a renewal)") String status,
        int renewals,
        @Schema(description = "The day it ended or expired on (the day after its last day in force)") LocalDate endedOn,
        @Schema(description = "Why it ended; absent when it expired") String endReason) {

    static AgreementView of(Agreement a) {
        return new AgreementView(a.id().value(), a.centre(), a.title(), a.signedOn(), a.validUntil(),
                a.status().name().toLowerCase(Locale.ROOT), a.renewals(), a.endedOn(), a.endReason());
    }
}
