package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An active arrangement whose term or deferral period ends soon (or has ended without the researcher returning or resigning). */
@Schema(name = "DueArrangement")
public record DueArrangementListing(
        UUID id,
        UUID researcherId,
        String researcherName,
        ArrangementForm form,
        String institution,
        String enterprise,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate deferredUntil,
        @Schema(description = "TERM or DEFERRAL: which period ends on dueOn") String due,
        LocalDate dueOn,
        @Schema(description = "Days from today to dueOn; negative when overdue") long daysLeft) {

    /** The next deadline: the term's end, or once the term is over, the end of the deferral granted. */
    static DueArrangementListing of(ArrangementSummary row, LocalDate today) {
        boolean inDeferral = row.deferredUntil != null && row.endsOn.isBefore(today);
        LocalDate dueOn = inDeferral ? row.deferredUntil : row.endsOn;
        return new DueArrangementListing(row.id, row.researcherId, row.researcherName, row.form, row.institution, row.enterprise, row.startsOn,
                row.endsOn, row.deferredUntil, inDeferral ? "DEFERRAL" : "TERM", dueOn, ChronoUnit.DAYS.between(today, dueOn));
    }
}
