package org.reformplatform.systemtests.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The store against the topic, for one service: every event stored is on the topic exactly once
 * (read {@code read_committed}), and the topic holds nothing the store does not. What an aborted
 * Kafka transaction left behind is invisible to read_committed readers and so does not count.
 */
public final class Exactness {

    /** The comparison for one service. */
    public record Result(String service, int stored, int published, List<UUID> lost, List<UUID> duplicated, List<UUID> unknown) {

        public boolean exact() {
            return lost.isEmpty() && duplicated.isEmpty() && unknown.isEmpty();
        }

        @Override
        public String toString() {
            return service + ": " + stored + " stored, " + published + " on the topic, lost " + lost.size() + sample(lost)
                    + ", duplicated " + duplicated.size() + sample(duplicated) + ", unknown " + unknown.size() + sample(unknown);
        }

        private static String sample(List<UUID> ids) {
            return ids.isEmpty() ? "" : " " + ids.subList(0, Math.min(3, ids.size()));
        }
    }

    private final EventStores stores;
    private final TopicLog topics;

    public Exactness(EventStores stores, TopicLog topics) {
        this.stores = stores;
        this.topics = topics;
    }

    public Result check(String service) {
        return check(service, stores.all(service), topics.read(service + ".events"));
    }

    /** As {@link #check(String)}, on a store and a topic read already. */
    public static Result check(String service, List<EventStores.StoredEvent> stored, List<TopicLog.Entry> published) {
        Map<UUID, Integer> copies = new HashMap<>();
        List<UUID> unknown = new ArrayList<>();
        Set<UUID> storedIds = new HashSet<>();
        stored.forEach(e -> storedIds.add(e.eventId()));
        for (TopicLog.Entry entry : published) {
            if (entry.eventId() == null || !storedIds.contains(entry.eventId())) {
                // a record the service never stored: a test's poison record is one (counted by its own check)
                if (entry.header("fault-test") == null) {
                    unknown.add(entry.eventId());
                }
                continue;
            }
            copies.merge(entry.eventId(), 1, Integer::sum);
        }
        List<UUID> lost = new ArrayList<>();
        List<UUID> duplicated = new ArrayList<>();
        for (EventStores.StoredEvent event : stored) {
            int n = copies.getOrDefault(event.eventId(), 0);
            if (n == 0) {
                lost.add(event.eventId());
            } else if (n > 1) {
                duplicated.add(event.eventId());
            }
        }
        return new Result(service, stored.size(), published.size(), lost, duplicated, unknown);
    }
}
