package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.testing.TopicReader;

/**
 * A backlog of 20,000 events of about 1 KB, appended while the relay is away, is published whole,
 * each event once; the time it takes is printed (the drain rate of docs/benchmarks.md), not asserted.
 * {@code -Drelay.drain.events=N} sets another size (the benchmark's drain workload measures the relay of record);
 * {@code -Drelay.drain.history=N} first writes N events the relay never publishes, as years of a store
 * hold (not in the suite: the read models would then lag the store for the tests after this one).
 */
@QuarkusTest
class RelayDrainTest {

    static final int STREAMS = Integer.getInteger("relay.drain.events", 20_000) / 10;
    static final int EVENTS_PER_STREAM = 10;
    static final int HISTORY = Integer.getInteger("relay.drain.history", 0);

    @Inject
    KernelFixtures fixtures;

    @Test
    void a_backlog_is_published_whole_and_once() throws Exception {
        if (HISTORY > 0) {
            fixtures.appendTalliesDirectly(HISTORY / EVENTS_PER_STREAM, EVENTS_PER_STREAM);
            fixtures.execute("ANALYZE events");
        }
        long before = fixtures.count("SELECT coalesce(max(position), 0) FROM events");
        fixtures.withRelayHeldOff(() -> {
            try {
                fixtures.appendTalliesDirectly(STREAMS, EVENTS_PER_STREAM, 900);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long backlog = fixtures.count("SELECT count(*) FROM outbox");
        assertThat(backlog).isGreaterThanOrEqualTo((long) STREAMS * EVENTS_PER_STREAM);
        long started = System.nanoTime();
        fixtures.releaseRelay();
        // The relay's start (producer, initTransactions, recovery) is in the figure; when the first batch left is printed beside it.
        long[] firstOut = {0};
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            long left = fixtures.count("SELECT count(*) FROM outbox");
            if (left < backlog && firstOut[0] == 0) {
                firstOut[0] = System.nanoTime();
            }
            return left == 0;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        double first = ((firstOut[0] == 0 ? System.nanoTime() : firstOut[0]) - started) / 1e9;
        System.out.printf("relay drain: %d events in %.2f s = %.0f events/s (first batch out of the outbox after %.2f s)%n", backlog, seconds,
                backlog / seconds, first);

        Set<UUID> stored = new HashSet<>(fixtures.eventIds("SELECT event_id FROM events WHERE position > ?", before));
        try (TopicReader reader = fixtures.reader(KernelFixtures.TOPIC)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(r -> r.stream().map(CloudEventCodec::idOf)
                    .filter(stored::contains).distinct().count() >= stored.size(), Duration.ofMinutes(2));
            List<UUID> published = records.stream().map(CloudEventCodec::idOf).filter(stored::contains).toList();
            assertThat(published).hasSize(stored.size()).doesNotHaveDuplicates();
        }
    }
}
