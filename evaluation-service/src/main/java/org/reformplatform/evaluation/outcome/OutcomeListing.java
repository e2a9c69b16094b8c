package org.reformplatform.evaluation.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.evaluation.scheme.OutcomeUse;

/** An outcome in a list, from the read model. */
@Schema(name = "Outcome")
public record OutcomeListing(String source, UUID referenceId, UUID dossierId, UUID researcherId, String institution, String track,
        OutcomeUse use, String result, boolean useGranted, BigDecimal total, Instant determinedAt) {

    static OutcomeListing of(ResearcherOutcome row) {
        return new OutcomeListing(row.source.name().toLowerCase(), row.referenceId, row.dossierId, row.researcherId, row.institution, row.track,
                row.outcomeUse, row.result, row.useGranted, row.total, row.determinedAt);
    }
}
