package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.outbox.OutboxRelay;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.testing.Tokens;

/**
 * Before the erasure topics, the other services found a service's erasure requests on its event
 * topic. A request stored then, and not yet handled by every other service, must still reach them:
 * the relay's first start after the upgrade copies the earlier requests and reports to the erasure
 * topic, once.
 */
@QuarkusTest
class ErasureTopicUpgradeTest {

    @Inject
    KernelFixtures fixtures;

    @Inject
    OutboxRelay relay;

    @Test
    void requests_stored_before_the_erasure_topic_existed_are_copied_there_once() throws Exception {
        String subject = fixtures.openTally(10, "Ada Lovelace").value().toString();
        String[] requestId = new String[1];
        fixtures.withRelayHeldOff(() -> requestId[0] = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("subjects", List.of(subject))).post("/ops/personal-data/erasure-requests")
                .then().statusCode(202).extract().path("requestId"));
        List<UUID> request = fixtures.eventIds("SELECT event_id FROM events WHERE event_type = 'ErasureRequested' AND payload::text LIKE ?",
                "%" + requestId[0] + "%");
        assertThat(request).hasSize(1);
        try {
            // As the version before the erasure topics left it: on the event topic, never on the erasure topic. Published
            // here by hand, the relay's recovery finds it on the event topic and takes it out of the outbox.
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    fixtures.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
                producer.send(fixtures.published(request.get(0))).get();
            }
            fixtures.execute("DELETE FROM relay_copies");
        } finally {
            fixtures.releaseRelay();
        }

        try (var reader = fixtures.reader(KernelFixtures.ERASURES)) {
            List<ConsumerRecord<String, byte[]>> copies = reader.readUntilThenSettle(records -> copiesOf(records, requestId[0]) > 0,
                    Duration.ofSeconds(30), Duration.ofSeconds(2));
            assertThat(copiesOf(copies, requestId[0])).as("the earlier request, copied at the first start").isEqualTo(1);
        }
        assertThat(fixtures.count("SELECT count(*) FROM relay_copies WHERE topic = ? AND events >= 1", KernelFixtures.ERASURES)).isEqualTo(1);
        assertThat(fixtures.count("SELECT count(*) FROM outbox o JOIN events e ON e.position = o.position WHERE e.event_id = ?", request.get(0)))
                .as("the request, found on the event topic by the relay's recovery").isZero();

        // A later start finds the copy recorded and does not repeat it.
        relay.stop();
        relay.start();
        TallyId later = fixtures.openTally(10);
        try (var reader = fixtures.reader(KernelFixtures.TOPIC, KernelFixtures.ERASURES)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntilThenSettle(
                    all -> all.stream().anyMatch(r -> later.streamId().equals(r.key())), Duration.ofSeconds(30), Duration.ofSeconds(2));
            assertThat(records).as("the relay published again after its restart").anyMatch(r -> later.streamId().equals(r.key()));
            assertThat(copiesOf(records.stream().filter(r -> r.topic().equals(KernelFixtures.ERASURES)).toList(), requestId[0]))
                    .as("copies of the earlier request after a second start").isEqualTo(1);
            assertThat(copiesOf(records.stream().filter(r -> r.topic().equals(KernelFixtures.TOPIC)).toList(), requestId[0]))
                    .as("the request on the event topic").isEqualTo(1);
        }
    }

    private static long copiesOf(List<ConsumerRecord<String, byte[]>> records, String requestId) {
        return records.stream().filter(r -> "kerneltest.ErasureRequested.v1".equals(KernelFixtures.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains(requestId)).count();
    }
}
