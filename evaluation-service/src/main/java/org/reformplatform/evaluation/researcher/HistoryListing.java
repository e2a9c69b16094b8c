package org.reformplatform.evaluation.researcher;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of a researcher's history. */
@Schema(name = "HistoryEntry")
public record HistoryListing(Instant occurredAt, @Schema(example = "outcome") String kind, String institution, UUID referenceId, String summary) {

    static HistoryListing of(HistoryEntry row) {
        return new HistoryListing(row.occurredAt, row.kind, row.institution, row.referenceId, row.summary);
    }
}
