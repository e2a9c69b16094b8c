package org.reformplatform.eventsourcing.store;

import java.util.Objects;

import org.reformplatform.eventsourcing.domain.Id;

/** Which stream: its type (the aggregate, e.g. {@code Application}) and its id. */
public record StreamRef(String type, String id) {

    public StreamRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static StreamRef of(String type, Id id) {
        return new StreamRef(type, id.streamId());
    }
}
