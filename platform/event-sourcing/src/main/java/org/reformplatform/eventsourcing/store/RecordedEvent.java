package org.reformplatform.eventsourcing.store;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as stored: its place in the store and its stream, and the domain event itself, already
 * upcast to the current schema.
 */
public record RecordedEvent<E>(
        long position,
        String streamId,
        String streamType,
        int streamVersion,
        UUID eventId,
        String eventType,
        int schemaVersion,
        E event,
        EventMetadata metadata,
        Instant occurredAt) {
}
