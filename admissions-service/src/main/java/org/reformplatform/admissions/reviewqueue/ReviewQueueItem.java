package org.reformplatform.admissions.reviewqueue;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application waiting for the caller's review. */
@Schema(name = "ReviewQueueItem")
public record ReviewQueueItem(UUID applicationId, UUID intakeEventId, Instant assignedAt) {

    static ReviewQueueItem of(ReviewAssignment row) {
        return new ReviewQueueItem(row.applicationId, row.intakeEventId, row.assignedAt);
    }
}
