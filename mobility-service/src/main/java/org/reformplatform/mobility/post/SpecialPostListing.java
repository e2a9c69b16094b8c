package org.reformplatform.mobility.post;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A special post in a list, from the read model (eventually consistent). */
@Schema(name = "SpecialPostListing")
public record SpecialPostListing(UUID id, String institution, PostKind kind, PostKind.Family family, String title, String status,
        UUID holderId, String holderName, UUID arrangementId, LocalDate filledOn) {

    static SpecialPostListing of(SpecialPostSummary row) {
        return new SpecialPostListing(row.id, row.institution, row.kind, row.family, row.title, row.filled ? "filled" : "vacant",
                row.holderId, row.holderName, row.arrangementId, row.filledOn);
    }
}
