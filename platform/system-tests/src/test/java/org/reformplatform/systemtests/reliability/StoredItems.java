package org.reformplatform.systemtests.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformplatform.systemtests.faults.EventStores.StoredEvent;

/**
 * One service's event store, read over JDBC, as the items its creation events made and what
 * happened to each since: the side of a read-model comparison that comes from the store.
 */
final class StoredItems {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An item: the id its creation event gave it, that event's payload, and the later events of its stream in order. */
    record Item(String id, JsonNode created, List<Change> later) {
    }

    /** A later event of an item's stream. */
    record Change(String type, JsonNode payload) {
    }

    private final List<StoredEvent> events;
    private final Map<String, List<StoredEvent>> byStream = new LinkedHashMap<>();

    StoredItems(List<StoredEvent> events) {
        this.events = events;
        for (StoredEvent event : events) {
            byStream.computeIfAbsent(event.streamId(), k -> new ArrayList<>()).add(event);
        }
    }

    /**
     * The items created by events of {@code eventType} whose payload {@code field} is {@code value},
     * by the id in {@code idField}; each with the events that followed on its stream (events in
     * position order, which within a stream is version order).
     */
    Map<String, Item> created(String eventType, String idField, String field, String value) {
        Map<String, Item> items = new TreeMap<>();
        for (StoredEvent event : events) {
            if (!event.eventType().equals(eventType)) {
                continue;
            }
            JsonNode payload = parse(event.payload());
            if (!payload.path(field).asText().equals(value)) {
                continue;
            }
            List<Change> later = new ArrayList<>();
            boolean after = false;
            for (StoredEvent next : byStream.get(event.streamId())) {
                if (after) {
                    later.add(new Change(next.eventType(), parse(next.payload())));
                }
                after |= next.eventId().equals(event.eventId());
            }
            items.put(payload.path(idField).asText(), new Item(payload.path(idField).asText(), payload, later));
        }
        return items;
    }

    /** The types of the events on the streams of these items' creation events that are not among {@code known}. */
    static Set<String> unknownTypes(Map<String, Item> items, Set<String> known) {
        Set<String> unknown = new java.util.TreeSet<>();
        items.values().forEach(item -> item.later().stream().map(Change::type).filter(t -> !known.contains(t)).forEach(unknown::add));
        return unknown;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a stored payload is not JSON: " + json, e);
        }
    }
}
