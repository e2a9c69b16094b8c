package org.reformplatform.qualification.recognitionlist;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of the recognition list as the API shows it, from the list's stream (always current). */
@Schema(name = "ListVersion")
public record ListVersionView(
        @Schema(example = "3.0") String version,
        @Schema(description = "draft or published") String status,
        @Schema(description = "The version the draft started from", example = "2.0") String basedOn,
        @Schema(description = "In force from this date until the next version's; null for a draft", example = "2025-03-01") LocalDate effectiveOn,
        Instant publishedAt,
        @Schema(description = "Entries on any sub-list") int entries,
        SubListCounts counts) {

    static ListVersionView of(ListVersion version) {
        return new ListVersionView(version.label().toString(), version.status().name().toLowerCase(),
                version.basedOn() == null ? null : version.basedOn().toString(), version.effectiveOn(), version.publishedAt(),
                version.entries().size(), version.counts());
    }
}
