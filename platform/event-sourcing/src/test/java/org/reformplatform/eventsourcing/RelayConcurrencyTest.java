package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.eventsourcing.store.ConcurrencyConflict;
import org.reformplatform.testing.TopicReader;

@QuarkusTest
class RelayConcurrencyTest {

    @Inject
    KernelFixtures fixtures;

    /**
     * Eight writers commit in an order unrelated to the positions they drew, so positions become
     * visible with gaps that later fill: the relay must publish the late ones too, and each stream
     * in order.
     */
    @Test
    void concurrent_writers_to_overlapping_streams_reach_kafka_exactly_once_and_in_stream_order() throws Exception {
        List<TallyId> streams = new ArrayList<>();
        for (int s = 0; s < 16; s++) {
            streams.add(fixtures.openTally(1_000_000));
        }
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    TallyId target = streams.get(ThreadLocalRandom.current().nextInt(streams.size()));
                    incrementUntilItLands(target, "writer " + writer + " #" + i);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        writers.shutdown();

        Map<String, List<UUID>> stored = fixtures.storedIds(streams.stream().map(t -> t.value().toString()).toList());
        assertThat(stored.values().stream().mapToInt(List::size).sum()).isEqualTo(16 + 8 * 500);
        try (TopicReader reader = fixtures.reader(KernelFixtures.TOPIC)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntilThenSettle(
                    r -> PublishedStreams.containsAll(r, stored), Duration.ofSeconds(90), Duration.ofSeconds(2));
            PublishedStreams.assertExactlyOnceInOrder(records, stored);
        }
    }

    // The writers collide on purpose, more often than any service's callers would; a command that
    // used up its retries is simply sent again, as a client would, so every increment is counted.
    private void incrementUntilItLands(TallyId target, String note) {
        while (true) {
            try {
                fixtures.increment(target, 1, note);
                return;
            } catch (ConcurrencyConflict exhausted) {
                Thread.onSpinWait();
            }
        }
    }
}
