package org.reformplatform.eventsourcing.projection;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.store.EventCodec.UndecodableEvent;

/** Feeds a {@link ForeignEventHandler} from other services' topics. */
final class ForeignSubscriber implements Subscriber {

    private final ForeignEventHandler handler;
    private final ObjectMapper mapper;

    ForeignSubscriber(ForeignEventHandler handler, ObjectMapper mapper) {
        this.handler = handler;
        this.mapper = mapper;
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
    public void deliver(CloudEvent event) {
        JsonNode data;
        try {
            data = mapper.readTree(event.data());
        } catch (java.io.IOException e) {
            throw new UndecodableEvent("the data of " + event.type() + " " + event.id() + " is not JSON: " + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new UndecodableEvent("the data of " + event.type() + " " + event.id() + " is not a JSON object");
        }
        handler.handle(new ForeignEvent(event, data));
    }

    @Override
    public Projection rebuildable() {
        return null;
    }

}
