package org.reformplatform.eventsourcing.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a stored payload of one schema version into the next, so that old events still read as
 * the current record. Register as a CDI bean; chains are applied in version order.
 */
public interface Upcaster {

    /** The event type name, e.g. {@code ApplicationSubmitted}. */
    String eventType();

    /** The version this upcaster reads; it returns version {@code fromVersion() + 1}. */
    int fromVersion();

    ObjectNode upcast(ObjectNode payload);
}
