package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.outbox.OutboxRelay;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.kafkalocal.BrokerProcess;
import org.reformplatform.kafkalocal.KafkaLocalResource;
import org.reformplatform.testing.TopicReader;

@QuarkusTest
class RelayOutageTest {

    @Inject
    KernelFixtures fixtures;

    @Inject
    OutboxRelay relay;

    @Test
    void events_appended_while_the_broker_is_down_are_all_published_once_it_is_back() throws Exception {
        BrokerProcess broker = KafkaLocalResource.broker();
        List<TallyId> streams = new ArrayList<>();
        broker.stop();
        try {
            // 50 streams × 20 events = 1,000 events, accepted while the broker is away.
            for (int s = 0; s < 50; s++) {
                TallyId id = fixtures.openTally(1_000_000);
                streams.add(id);
                for (int i = 0; i < 19; i++) {
                    fixtures.increment(id, 1, "outage " + i);
                }
            }
            assertThat(fixtures.count("SELECT count(*) FROM outbox")).isGreaterThanOrEqualTo(1000);
        } finally {
            broker.start();
        }
        long restarted = System.nanoTime();

        Map<String, List<UUID>> stored = fixtures.storedIds(streams.stream().map(t -> t.value().toString()).toList());
        assertThat(stored.values().stream().mapToInt(List::size).sum()).isEqualTo(1000);
        try (TopicReader reader = fixtures.reader(KernelFixtures.TOPIC)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntilThenSettle(
                    r -> PublishedStreams.containsAll(r, stored), Duration.ofSeconds(90), Duration.ofSeconds(2));
            System.out.printf("relay outage: 1000 events published %.1f s after the broker came back%n",
                    (System.nanoTime() - restarted) / 1e9);
            PublishedStreams.assertExactlyOnceInOrder(records, stored);
        }
        assertThat(relay.backlog()).isZero();
    }
}
