package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.projection.Projections;

/**
 * A service consumes with two consumer groups whatever its number of projections and handlers:
 * {@code <service>.projections} for its own events, {@code <service>.handlers} for other services'
 * (each idle consumer is a fetch loop the broker serves). Each handler still keeps its own record of
 * what it took.
 */
@QuarkusTest
class ConsumerGroupsTest {

    @Inject
    KernelFixtures fixtures;

    @Inject
    Projections projections;

    @Test
    void the_handlers_of_other_services_events_share_one_consumer_and_each_keeps_its_own_records() throws Exception {
        List<String> handlers = projections.all().stream().filter(v -> v.kind().equals("handler")).map(Projections.View::name).toList();
        assertThat(handlers).as("the sample service's handlers").containsExactlyInAnyOrder("foreign-things", "erasure-requests");

        UUID id = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                fixtures.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventCodec.toRecord("othersvc.events", new CloudEvent(id, "urn:reform-platform:othersvc",
                    "othersvc.ThingHappened.v1", UUID.randomUUID().toString(), Instant.now(), null, "Thing", 1, 1, id, id, null, null,
                    "{\"name\":\"shared consumer\"}".getBytes(StandardCharsets.UTF_8)))).get();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> processed(id, "foreign-things") == 1);
        // The other handler reads the same topic through the same consumer, but not this type.
        assertThat(fixtures.count("SELECT count(*) FROM processed_events WHERE event_id = ?", id)).isEqualTo(1);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, fixtures.bootstrapServers()))) {
            Set<String> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream().map(ConsumerGroupListing::groupId)
                    .filter(g -> g.startsWith("kerneltest.")).collect(Collectors.toSet());
            assertThat(groups).containsExactlyInAnyOrder("kerneltest.projections", "kerneltest.handlers");
            ConsumerGroupDescription shared = admin.describeConsumerGroups(List.of("kerneltest.handlers")).all().get(30, TimeUnit.SECONDS)
                    .get("kerneltest.handlers");
            assertThat(shared.members()).as("one consumer in this JVM for both handlers").hasSize(1);
        }
    }

    /**
     * Offsets are committed at most once a second, not after every batch (each commit is a write the broker makes; how
     * many it saves is measured in the benchmark, not here): they still follow what was applied, so a restart reads again
     * only the last second or so. Sent one at a time, ten events make about ten batches, the last of them followed by no
     * other; the group's committed offset reaches the end of the log all the same.
     */
    @Test
    void the_group_commits_what_it_applied_within_moments() throws Exception {
        List<UUID> ids = new java.util.ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                fixtures.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 10; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                producer.send(CloudEventCodec.toRecord("othersvc.events", new CloudEvent(id, "urn:reform-platform:othersvc",
                        "othersvc.ThingHappened.v1", UUID.randomUUID().toString(), Instant.now(), null, "Thing", 1, 1, id, id, null, null,
                        ("{\"name\":\"committed " + i + "\"}").getBytes(StandardCharsets.UTF_8)))).get();
                Thread.sleep(20);
            }
        }
        for (UUID id : ids) {
            await().atMost(Duration.ofSeconds(60)).until(() -> processed(id, "foreign-things") == 1);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, fixtures.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("kerneltest.handlers")
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(tp -> tp.topic().equals("othersvc.events")).forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                assertThat(latest).as("partitions of othersvc.events the group committed").isNotEmpty();
                for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                    assertThat(committed.get(end.getKey()).offset()).as("committed offset of " + end.getKey()).isEqualTo(end.getValue().offset());
                }
            });
        }
    }

    private long processed(UUID eventId, String handler) throws Exception {
        return fixtures.count("SELECT count(*) FROM processed_events WHERE event_id = ? AND projection = ?", eventId, handler);
    }
}
