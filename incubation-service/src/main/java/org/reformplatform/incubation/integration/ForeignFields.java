package org.reformplatform.incubation.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.reformplatform.eventsourcing.projection.ForeignEvent;

/**
 * Reads the documented fields of another service's event. A field that is missing or unreadable
 * makes the event unusable: the kernel sends it to the dead-letter topic with this reason, rather
 * than guessing.
 */
final class ForeignFields {

    private final ForeignEvent event;

    ForeignFields(ForeignEvent event) {
        this.event = event;
    }

    String text(String field) {
        return event.text(field);
    }

    String requiredText(String field) {
        String value = event.text(field);
        if (value == null || value.isBlank()) {
            throw unreadable(field, "is missing");
        }
        return value;
    }

    UUID uuid(String field) {
        String value = requiredText(field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw unreadable(field, "is not a UUID: " + value);
        }
    }

    UUID optionalUuid(String field) {
        return event.text(field) == null ? null : uuid(field);
    }

    Instant instant(String field) {
        String value = requiredText(field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                throw unreadable(field, "is not an ISO-8601 time: " + value);
            }
        }
    }

    LocalDate optionalDate(String field) {
        String value = event.text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw unreadable(field, "is not a date (YYYY-MM-DD): " + value);
        }
    }

    private IllegalArgumentException unreadable(String field, String problem) {
        return new IllegalArgumentException(event.envelope().type() + " " + event.envelope().id() + ": field '" + field + "' " + problem);
    }
}
