package org.reformplatform.evaluation.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.store.EventCodec.UndecodableEvent;

/**
 * Reads the documented JSON fields of another service's event. A required field that is missing or
 * unreadable makes the event undecodable: the kernel sends it to the dead-letter topic with the
 * reason instead of guessing.
 */
final class ForeignFields {

    private ForeignFields() {
    }

    static UUID uuid(ForeignEvent event, String field) {
        String text = event.text(field);
        if (text == null) {
            throw unreadable(event, "has no " + field);
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw unreadable(event, "has a " + field + " that is not a UUID: " + text);
        }
    }

    static UUID optionalUuid(ForeignEvent event, String field) {
        String text = event.text(field);
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date, written as a date or as a moment (taken in UTC); null if absent. */
    static LocalDate date(ForeignEvent event, JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            } catch (DateTimeParseException notAMoment) {
                try {
                    return Instant.parse(text).atZone(ZoneOffset.UTC).toLocalDate();
                } catch (DateTimeParseException unreadable) {
                    throw unreadable(event, "has a " + field + " that is not a date: " + text);
                }
            }
        }
    }

    /** Free-form results: a list of texts, a text, or any JSON (kept as written). */
    static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.isValueNode() ? item.asText() : item.toString()));
        } else {
            texts.add(value.isValueNode() ? value.asText() : value.toString());
        }
        return texts;
    }

    static UndecodableEvent unreadable(ForeignEvent event, String problem) {
        return new UndecodableEvent(event.envelope().type() + " " + event.envelope().id() + " " + problem);
    }
}
