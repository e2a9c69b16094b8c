package org.reformplatform.eventsourcing.projection;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.store.StoredEvent;

/** What the consumer loop runs: a projection of own events or a handler of another service's. */
interface Subscriber {

    String name();

    List<String> topics();

    /** Whether the loop should hand the event over at all (a projection takes every event of its service, to keep stream order). */
    boolean wants(CloudEvent event);

    /**
     * The projection whose live updates ({@link LiveUpdates}) the caller's transaction must have
     * entered before {@link #apply}; empty for a handler of other services' events. The caller enters
     * them, so that one statement enters those of every subscriber a transaction applies to.
     */
    default java.util.Optional<String> liveUpdates() {
        return java.util.Optional.empty();
    }

    /**
     * Applies a batch inside the caller's transaction, passing over the events named in
     * {@code refused} (refused before, to be dead-lettered).
     *
     * @return the refused events this call took in their turn, which the caller dead-letters in
     *         the same transaction; none that were taken before
     * @throws EventRefused when one event is refused for a reason of its own
     */
    List<StoredEvent> apply(List<CloudEvent> batch, Set<UUID> refused);

    /** Only projections of this service's own events can be rebuilt from its store. */
    Projection rebuildable();
}
