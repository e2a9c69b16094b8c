package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What reached the topic for a set of streams, checked against the store: all there, once, in order. */
final class PublishedStreams {

    private PublishedStreams() {
    }

    static boolean containsAll(List<ConsumerRecord<String, byte[]>> records, Map<String, List<UUID>> stored) {
        Set<UUID> seen = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String id = KernelFixtures.header(record, "ce_id");
            if (id != null) {
                seen.add(UUID.fromString(id));
            }
        }
        return stored.values().stream().flatMap(List::stream).allMatch(seen::contains);
    }

    /** Every stored event exactly once on the topic, and each stream's events in version order. */
    static void assertExactlyOnceInOrder(List<ConsumerRecord<String, byte[]>> records, Map<String, List<UUID>> stored) {
        Map<String, List<UUID>> published = new HashMap<>();
        Map<String, List<Integer>> versions = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (stored.containsKey(record.key())) {
                published.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(UUID.fromString(KernelFixtures.header(record, "ce_id")));
                versions.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Integer.parseInt(KernelFixtures.header(record, "ce_streamversion")));
            }
        }
        for (Map.Entry<String, List<UUID>> stream : stored.entrySet()) {
            assertThat(published.get(stream.getKey()))
                    .as("stream %s on the topic: every event once, in the order of the store", stream.getKey())
                    .containsExactlyElementsOf(stream.getValue());
            List<Integer> expectedVersions = new ArrayList<>();
            for (int v = 1; v <= stream.getValue().size(); v++) {
                expectedVersions.add(v);
            }
            assertThat(versions.get(stream.getKey())).containsExactlyElementsOf(expectedVersions);
        }
    }
}
