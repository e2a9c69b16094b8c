package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An arrangement with a date coming up (or passed without anyone acting): an approved agreement to
 * sign before it lapses, an active term or deferral that ends, a return-or-resign decision owed.
 */
@Schema(name = "DueArrangement")
public record DueArrangementListing(
        UUID id,
        UUID researcherId,
        String researcherName,
        ArrangementForm form,
        String institution,
        String enterprise,
        @Schema(description = "approved, active or decision_due") String status,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate deferredUntil,
        @Schema(description = "SIGNING (the approval lapses after dueOn), TERM or DEFERRAL (which period ends on dueOn), or "
                + "RETURN_OR_RESIGN (the last day to decide)") String due,
        LocalDate dueOn,
        @Schema(description = "Days from today to dueOn; negative when overdue") long daysLeft,
        @Schema(description = "Whether dueOn is past: the platform acts on it shortly") boolean overdue) {

    /** The next date: signing for an approved agreement, the decision once due, else the term's end or once it is over the deferral's. */
    static DueArrangementListing of(ArrangementSummary row, LocalDate today) {
        String due;
        LocalDate dueOn;
        if (row.status == Arrangement.Status.APPROVED) {
            due = "SIGNING";
            dueOn = row.signBy;
        } else if (row.status == Arrangement.Status.DECISION_DUE) {
            due = "RETURN_OR_RESIGN";
            dueOn = row.decideBy;
        } else if (row.deferredUntil != null && row.endsOn.isBefore(today)) {
            due = "DEFERRAL";
            dueOn = row.deferredUntil;
        } else {
            due = "TERM";
            dueOn = row.endsOn;
        }
        return new DueArrangementListing(row.id, row.researcherId, row.researcherName, row.form, row.institution, row.enterprise,
                row.status.name().toLowerCase(), row.startsOn, row.endsOn, row.deferredUntil, due, dueOn,
                ChronoUnit.DAYS.between(today, dueOn), dueOn.isBefore(today));
    }
}
