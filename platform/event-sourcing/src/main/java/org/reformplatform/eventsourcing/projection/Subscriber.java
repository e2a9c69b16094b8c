package org.reformplatform.eventsourcing.projection;

import java.util.List;

import org.reformplatform.eventsourcing.messaging.CloudEvent;

/** What the consumer loop runs: a projection of own events or a handler of another service's. */
interface Subscriber {

    String name();

    List<String> topics();

    boolean wants(CloudEvent event);

    /** Decodes and applies the event, inside the caller's transaction. */
    void deliver(CloudEvent event);

    /** Only projections of this service's own events can be rebuilt from its store. */
    Projection rebuildable();
}
