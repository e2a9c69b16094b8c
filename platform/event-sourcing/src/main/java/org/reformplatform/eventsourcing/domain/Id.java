package org.reformplatform.eventsourcing.domain;

import java.util.UUID;

/**
 * A typed identifier: a record with a single UUID named {@code value}, such as
 * {@code record ApplicationId(UUID value) implements Id}. It travels as a plain UUID string in
 * JSON, URLs and Kafka keys.
 */
public interface Id {

    UUID value();

    /** The stream id of the aggregate this identifies. */
    default String streamId() {
        return value().toString();
    }
}
