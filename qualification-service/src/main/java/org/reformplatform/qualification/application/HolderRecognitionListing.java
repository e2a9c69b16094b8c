package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.qualification.recognitionlist.TitleEquivalence;

/** A qualification recognised for a holder, from the read model. */
@Schema(name = "HolderRecognition")
public record HolderRecognitionListing(UUID applicationId, UUID holderId, String organisation, UUID qualificationId,
        String qualificationName, String country, String profession, @Schema(example = "3.0") String listVersion, LocalDate recognisedOn,
        @Schema(description = "The domestic title it is equivalent to; null when not on the title-equivalence list") TitleEquivalence titleEquivalence) {

    static HolderRecognitionListing of(HolderRecognition row) {
        return new HolderRecognitionListing(row.applicationId, row.holderId, row.organisation, row.qualificationId, row.qualificationName,
                row.country, row.profession, row.listVersion, row.recognisedOn,
                row.titleSeries == null ? null : new TitleEquivalence(row.titleSeries, row.titleLevel));
    }
}
