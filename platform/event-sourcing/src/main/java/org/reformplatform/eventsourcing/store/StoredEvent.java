package org.reformplatform.eventsourcing.store;

import java.time.Instant;
import java.util.UUID;

/** An event row exactly as stored: the payload is the JSON text that was written. */
public record StoredEvent(
        long position,
        String streamId,
        String streamType,
        int streamVersion,
        UUID eventId,
        String eventType,
        int schemaVersion,
        String payload,
        String metadata,
        Instant occurredAt) {
}
