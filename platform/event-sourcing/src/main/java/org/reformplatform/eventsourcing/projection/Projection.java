package org.reformplatform.eventsourcing.projection;

import java.util.Set;

import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * A read model built from this service's own events. Register it as a CDI bean; the kernel feeds
 * it from the service's topic, applies each event in the same transaction that records it as
 * processed (so redelivery changes nothing), sends events it throws on to the dead-letter topic,
 * and can rebuild it from the event store.
 *
 * <p>Since {@link #apply} may see an event again after a rebuild raced with live traffic only in
 * stream order, views that keep "the latest state" should still compare stream versions.
 */
public interface Projection {

    /** A stable name: the consumer group is {@code <service>.<name>}. */
    String name();

    /** The event records it reads; others are skipped without being recorded. */
    Set<Class<?>> eventTypes();

    /** Applies one event to the read model, inside the caller's transaction. */
    void apply(RecordedEvent<?> event);

    /** Empties the read model before a rebuild, inside the caller's transaction. */
    void reset();
}
