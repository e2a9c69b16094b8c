package org.reformplatform.eventsourcing.projection;

import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.StoredEvent;

/**
 * Events as projections see them, whether delivered from the topic or read from the store: the
 * same fields either way, so that a read model built live, rebuilt from the store and replayed
 * from the topic cannot differ by where its events came from.
 */
final class Delivered {

    private Delivered() {
    }

    /** A delivered CloudEvent in the store's shape. */
    static StoredEvent asStored(CloudEvent event, EventCodec codec) {
        String metadata = codec.toJson(new EventMetadata(event.correlationId(), event.causationId(), null, event.organisation(),
                event.traceparent()));
        return new StoredEvent(event.position(), event.subject(), event.streamType(), event.streamVersion(), event.id(),
                event.eventName(), event.schemaVersion(), event.dataAsString(), metadata, event.time());
    }

    /**
     * A stored event as it was published: the actor who caused it is not on the topic (it is the
     * service's own record of who did what), so projections do not see it either.
     */
    static RecordedEvent<?> asPublished(RecordedEvent<?> event) {
        EventMetadata m = event.metadata();
        if (m.actor() == null) {
            return event;
        }
        return new RecordedEvent<>(event.position(), event.streamId(), event.streamType(), event.streamVersion(), event.eventId(),
                event.eventType(), event.schemaVersion(), event.event(),
                new EventMetadata(m.correlationId(), m.causationId(), null, m.organisation(), m.traceparent()), event.occurredAt());
    }
}
