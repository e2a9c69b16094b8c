package org.reformplatform.admissions.reviewqueue;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application waiting for the caller's review, with when it is due. */
@Schema(name = "ReviewQueueItem")
public record ReviewQueueItem(UUID applicationId, UUID intakeEventId, Instant assignedAt,
        @Schema(description = "When the review is due; after it, it passes to another reviewer") Instant reviewDueAt,
        @Schema(description = "When the reminder was sent, if it was") Instant remindedAt,
        @Schema(description = "Overdue and escalated to the operators (nobody else could take it over)") boolean overdue) {

    static ReviewQueueItem of(ReviewAssignment row) {
        return new ReviewQueueItem(row.applicationId, row.intakeEventId, row.assignedAt, row.reviewDueAt, row.remindedAt, row.escalatedAt != null);
    }
}
