package org.reformplatform.qualification.recognitionlist;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the recognition list as one version lists it. */
@Schema(name = "ListEntry")
public record ListEntryView(
        @Schema(example = "3.0") String version,
        UUID qualificationId,
        @Schema(example = "Chartered Engineer (CEng)") String name,
        @Schema(example = "Engineering Council") String issuingBody,
        @Schema(example = "United Kingdom") String country,
        @Schema(example = "Engineering") String profession,
        List<SubList> subLists,
        @Schema(description = "The domestic title it maps to; only on the title-equivalence list") TitleEquivalence titleEquivalence) {

    public static ListEntryView of(String version, ListEntry entry) {
        return new ListEntryView(version, entry.qualificationId().value(), entry.name(), entry.issuingBody(), entry.country(),
                entry.profession(), entry.subLists(), entry.titleEquivalence());
    }
}
