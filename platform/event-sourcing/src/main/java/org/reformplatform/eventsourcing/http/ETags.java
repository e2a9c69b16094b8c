package org.reformplatform.eventsourcing.http;

import java.util.OptionalInt;
import java.util.function.Function;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** The ETag of an aggregate is its stream version; {@code If-Match} names the version a command expects. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(String.valueOf(version));
    }

    /** A GET of one aggregate: its view, as current as the stream, tagged with the version it was read at. */
    public static <S> Response current(Loaded<S> loaded, Function<? super S, ?> view) {
        return tagged(view.apply(loaded.state()), loaded.version());
    }

    /** A 200 with a body read from an aggregate at {@code version} (a part of it, say), tagged with that version. */
    public static Response tagged(Object body, int version) {
        return Response.ok(body).tag(of(version)).build();
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
