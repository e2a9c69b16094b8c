package org.reformplatform.eventsourcing.deadline;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A deadline that fell due, as its handler receives it: run its command with {@link #payload}. */
public record DueDeadline(UUID id, String name, String streamId, Instant dueAt, String organisation, String payloadJson,
        UUID correlationId, ObjectMapper reader) {

    /** The parameters the deadline was scheduled with. */
    public <T> T payload(Class<T> type) {
        try {
            return reader.readValue(payloadJson, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the payload of deadline " + id + " (" + name + ") is not a " + type.getSimpleName(), e);
        }
    }

    public UUID streamUuid() {
        return UUID.fromString(streamId);
    }
}
