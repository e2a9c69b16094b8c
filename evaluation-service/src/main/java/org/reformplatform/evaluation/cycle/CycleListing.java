package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cycle in a list, from the read model. */
@Schema(name = "EvaluationCycleListing")
public record CycleListing(UUID id, String institution, UUID schemeId, int schemeVersion, String name, UUID pilotId, String status,
        int dossiers, Instant openedAt, Instant concludedAt, LocalDate dossiersUntil, LocalDate scoresUntil, boolean scoringOverdue) {

    static CycleListing of(CycleSummary row) {
        return new CycleListing(row.id, row.institution, row.schemeId, row.schemeVersion, row.name, row.pilotId,
                row.status.name().toLowerCase(), row.dossiers, row.openedAt, row.concludedAt, row.dossiersUntil, row.scoresUntil, row.scoringOverdue);
    }
}
