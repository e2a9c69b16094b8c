package org.reformplatform.admissions.conflict;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;

/** One relation checked before a reviewer joined an application's panel. */
@Schema(name = "ConflictCheck")
public record ConflictCheckListing(UUID applicationId, String reviewer,
        @Schema(example = "mentor-of-candidate", description = "same-organisation, mentor-of-candidate, co-founders or declared-conflict")
        String relation,
        @Schema(description = "FOUND refuses the assignment; NOT_ESTABLISHED: the platform does not hold what it would need to tell")
        RelationCheck.Outcome outcome,
        @Schema(description = "What was compared, or why it could not be") String detail,
        Instant checkedAt) {

    static ConflictCheckListing of(RelationCheckRecord row) {
        return new ConflictCheckListing(row.subjectId(), row.checker(), row.relation(), row.outcome(), row.detail(), row.checkedAt());
    }
}
