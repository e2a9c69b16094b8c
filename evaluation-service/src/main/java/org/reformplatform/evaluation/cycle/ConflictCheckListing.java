package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;

/** One relation checked before an evaluator was assigned to a dossier. */
@Schema(name = "ConflictCheck")
public record ConflictCheckListing(UUID cycleId, UUID dossierId, String evaluator,
        @Schema(example = "same-institution", description = "same-institution or declared-conflict") String relation,
        @Schema(description = "FOUND refuses the assignment; NOT_ESTABLISHED: the register does not hold what it would need to tell")
        RelationCheck.Outcome outcome,
        @Schema(description = "What was compared, or why it could not be") String detail,
        Instant checkedAt) {

    static ConflictCheckListing of(RelationCheckRecord row) {
        return new ConflictCheckListing(row.cycleId, row.subjectId(), row.checker(), row.relation(), row.outcome(), row.detail(), row.checkedAt());
    }
}
