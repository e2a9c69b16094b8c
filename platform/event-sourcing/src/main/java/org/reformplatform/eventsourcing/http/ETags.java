package org.reformplatform.eventsourcing.http;

import java.util.OptionalInt;

import jakarta.ws.rs.core.EntityTag;

import org.reformplatform.eventsourcing.domain.RuleViolation;

/** The ETag of an aggregate is its stream version; {@code If-Match} names the version a command expects. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version an {@code If-Match} header names; empty when absent or {@code *}. */
    public static OptionalInt expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return OptionalInt.empty();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            int version = Integer.parseInt(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(version);
        } catch (NumberFormatException e) {
            throw RuleViolation.malformed("malformed-if-match", "If-Match must be an ETag this API returned, such as \"3\"");
        }
    }
}
