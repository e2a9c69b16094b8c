package org.reformplatform.evaluation.scheme;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scheme in a list, from the read model. */
@Schema(name = "EvaluationSchemeListing")
public record SchemeListing(UUID id, String institution, String name, int currentVersion, int tracks, Instant definedAt, Instant revisedAt) {

    static SchemeListing of(SchemeSummary row) {
        return new SchemeListing(row.id, row.institution, row.name, row.currentVersion, row.tracks, row.definedAt, row.revisedAt);
    }
}
