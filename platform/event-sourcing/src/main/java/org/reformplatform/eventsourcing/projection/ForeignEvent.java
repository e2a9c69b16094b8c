package org.reformplatform.eventsourcing.projection;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.eventsourcing.messaging.CloudEvent;

/**
 * An event published by another service, read by its documented schema (never by sharing its
 * classes): the envelope and the data as JSON.
 */
public record ForeignEvent(CloudEvent envelope, JsonNode data) {

    /** {@code admissions.StudentAdmitted} for {@code admissions.StudentAdmitted.v1}. */
    public String typeWithoutVersion() {
        return envelope.service() + "." + envelope.eventName();
    }

    public String text(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
