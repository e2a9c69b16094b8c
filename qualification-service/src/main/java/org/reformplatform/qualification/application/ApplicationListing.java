package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application in a list, from the read model. */
@Schema(name = "RecognitionApplicationListing")
public record ApplicationListing(UUID id, String organisation, UUID holderId, UUID qualificationId, String qualificationName,
        String country, String listVersion, @Schema(description = "submitted, verified, recognised or refused") String status,
        LocalDate appliedOn, LocalDate decidedOn, RefusalGround refusalGround, String refusalReason) {

    static ApplicationListing of(ApplicationSummary row) {
        return new ApplicationListing(row.id, row.organisation, row.holderId, row.qualificationId, row.qualificationName, row.country,
                row.listVersion, row.status.name().toLowerCase(), row.appliedOn, row.decidedOn, row.refusalGround, row.refusalReason);
    }
}
