package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.evaluation.scheme.EvaluatorKind;

/** One of an evaluator's assignments, from the read model. */
@Schema(name = "Assignment")
public record AssignmentListing(UUID cycleId, UUID dossierId, String institution, UUID researcherId, String track, EvaluatorKind kind,
        String status, Instant assignedAt, Instant scoredAt,
        @Schema(description = "Not scored by the cycle's scoring deadline") boolean overdue) {

    static AssignmentListing of(EvaluatorAssignment row) {
        return new AssignmentListing(row.cycleId, row.dossierId, row.institution, row.researcherId, row.track, row.kind,
                row.status.name().toLowerCase(), row.assignedAt, row.scoredAt, row.overdue);
    }
}
