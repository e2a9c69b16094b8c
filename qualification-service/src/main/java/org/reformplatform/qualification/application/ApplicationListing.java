package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application in a list, from the read model. */
@Schema(name = "RecognitionApplicationListing")
public record ApplicationListing(UUID id, String organisation, UUID holderId, UUID qualificationId, String qualificationName,
        String country, String listVersion,
        @Schema(description = "submitted, verified, recognised, refused, appealed, conditionally_recognised or lapsed") String status,
        LocalDate appliedOn, LocalDate decidedOn, RefusalGround refusalGround, String refusalReason,
        @Schema(description = "The decision is owed by the end of this day (the statutory decision clock)") LocalDate decisionDueOn,
        @Schema(description = "Documents the applicant was asked for; the decision clock is paused meanwhile") String documentsRequested,
        @Schema(description = "The decision clock ran out undecided and the application was escalated") boolean overdue,
        LocalDate escalatedOn,
        @Schema(description = "A refusal can be appealed until the end of this day") LocalDate appealUntil,
        @Schema(description = "When the refusal became final") LocalDate refusalFinalOn,
        LocalDate appealedOn, AppealOutcome appealOutcome,
        CompensationMeasure compensationMeasure,
        @Schema(description = "The compensation measure is due by the end of this day") LocalDate compensationDueOn) {

    static ApplicationListing of(ApplicationSummary row) {
        return new ApplicationListing(row.id, row.organisation, row.holderId, row.qualificationId, row.qualificationName, row.country,
                row.listVersion, row.status.name().toLowerCase(), row.appliedOn, row.decidedOn, row.refusalGround, row.refusalReason,
                row.decisionDueOn, row.documentsRequested, row.overdue, row.escalatedOn, row.appealUntil, row.refusalFinalOn, row.appealedOn,
                row.appealOutcome, row.compensationMeasure, row.compensationDueOn);
    }
}
