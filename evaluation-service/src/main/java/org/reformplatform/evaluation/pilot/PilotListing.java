package org.reformplatform.evaluation.pilot;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pilot in a list, from the read model. */
@Schema(name = "PilotSummary")
public record PilotListing(UUID id, String name, Instant launchedAt) {

    static PilotListing of(PilotSummary row) {
        return new PilotListing(row.id, row.name, row.launchedAt);
    }
}
