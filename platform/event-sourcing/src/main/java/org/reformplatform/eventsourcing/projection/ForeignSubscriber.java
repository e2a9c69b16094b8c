package org.reformplatform.eventsourcing.projection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.ops.Tracing;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.EventCodec.UndecodableEvent;
import org.reformplatform.eventsourcing.store.StoredEvent;

/**
 * Feeds a {@link ForeignEventHandler} from other services' topics. Other services' streams are
 * theirs to order (Kafka keeps each one's order on its partition); here each event is handled once,
 * recorded by id in processed_events in the handler's transaction.
 */
final class ForeignSubscriber implements Subscriber {

    private final ForeignEventHandler handler;
    private final ProcessedEvents processed;
    private final EventCodec codec;
    private final Tracing tracing;

    ForeignSubscriber(ForeignEventHandler handler, ProcessedEvents processed, EventCodec codec, Tracing tracing) {
        this.handler = handler;
        this.processed = processed;
        this.codec = codec;
        this.tracing = tracing;
    }

    @Override
    public String name() {
        return handler.name();
    }

    @Override
    public List<String> topics() {
        return handler.topics();
    }

    @Override
    public boolean wants(CloudEvent event) {
        return handler.eventTypes().contains(event.service() + "." + event.eventName());
    }

    @Override
    public List<StoredEvent> apply(List<CloudEvent> batch, Set<UUID> refused) {
        Set<UUID> refusedHere = new LinkedHashSet<>();
        Set<UUID> accepted = new LinkedHashSet<>();
        for (CloudEvent event : batch) {
            (refused.contains(event.id()) ? refusedHere : accepted).add(event.id());
        }
        Set<UUID> freshlyRefused = processed.claim(handler.name(), refusedHere, "dead-lettered");
        Set<UUID> fresh = processed.claim(handler.name(), accepted, "applied");
        List<StoredEvent> deadLettered = new ArrayList<>();
        for (CloudEvent event : batch) {
            if (freshlyRefused.remove(event.id())) {
                deadLettered.add(Delivered.asStored(event, codec));
            } else if (fresh.remove(event.id())) {
                // remove(): an event twice in one batch is handled once
                try {
                    tracing.consume(event, handler.name(), () -> handler.handle(new ForeignEvent(event, data(event), codec.mapper())));
                } catch (RuntimeException refusal) {
                    if (Failures.isTransient(refusal)) {
                        throw refusal;
                    }
                    throw new EventRefused(Delivered.asStored(event, codec), refusal);
                }
            }
        }
        return deadLettered;
    }

    private JsonNode data(CloudEvent event) {
        JsonNode data;
        try {
            data = codec.mapper().readTree(event.data());
        } catch (java.io.IOException e) {
            throw new UndecodableEvent("the data of " + event.type() + " " + event.id() + " is not JSON: " + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new UndecodableEvent("the data of " + event.type() + " " + event.id() + " is not a JSON object");
        }
        return data;
    }

    @Override
    public Projection rebuildable() {
        return null;
    }
}
