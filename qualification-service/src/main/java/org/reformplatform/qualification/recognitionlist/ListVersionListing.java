package org.reformplatform.qualification.recognitionlist;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of the recognition list from the read model, with its entry counts per sub-list. */
@Schema(name = "ListVersionListing")
public record ListVersionListing(
        @Schema(example = "3.0") String version,
        @Schema(description = "draft or published") String status,
        @Schema(example = "2.0") String basedOn,
        @Schema(example = "2025-03-01") LocalDate effectiveOn,
        Instant publishedAt,
        @Schema(description = "Entries on any sub-list") long entries,
        SubListCounts counts) {

    static ListVersionListing of(ListVersionSummary row, long entries, SubListCounts counts) {
        return new ListVersionListing(row.version, row.status.name().toLowerCase(), row.basedOn, row.effectiveOn, row.publishedAt,
                entries, counts);
    }
}
