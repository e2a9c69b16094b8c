package org.reformplatform.eventsourcing.store;

import java.util.UUID;

/**
 * Who and what caused an event: stored with it, published with it.
 *
 * @param correlationId the business transaction the event belongs to (one per API call, carried
 *                      through every event it causes, also across services)
 * @param causationId   the event or request that directly caused it
 * @param actor         the authenticated subject
 * @param organisation  the actor's organisation, if any
 * @param traceparent   W3C trace context of the request, if any
 */
public record EventMetadata(UUID correlationId, UUID causationId, String actor, String organisation, String traceparent) {

    public static EventMetadata system(String actor) {
        UUID id = UUID.randomUUID();
        return new EventMetadata(id, id, actor, null, null);
    }

    /** Metadata for events caused by another event (e.g. one consumed from another service). */
    public static EventMetadata causedBy(UUID eventId, UUID correlationId, String actor) {
        return new EventMetadata(correlationId == null ? eventId : correlationId, eventId, actor, null, null);
    }
}
