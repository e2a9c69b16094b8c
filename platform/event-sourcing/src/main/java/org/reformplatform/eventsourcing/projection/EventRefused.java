package org.reformplatform.eventsourcing.projection;

import org.reformplatform.eventsourcing.store.StoredEvent;

/**
 * A projection or handler (or the decoding before it) refused one event for a reason of the event's own: it
 * will refuse it the same way every time, so it is dead-lettered (live) or counted and passed over
 * (rebuild), and the stream goes on after it.
 */
public final class EventRefused extends RuntimeException {

    private final transient StoredEvent event;

    public EventRefused(StoredEvent event, RuntimeException cause) {
        super(event.eventType() + " " + event.eventId() + " (" + event.streamId() + " v" + event.streamVersion() + ") was refused: "
                + cause.getMessage(), cause);
        this.event = event;
    }

    public StoredEvent event() {
        return event;
    }
}
