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

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.outbox.OutboxRelay;
import org.reformplatform.eventsourcing.privacy.PersonalDataEvent;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.testing.Tokens;

/**
 * The other services hear of a service's erasure requests on its erasure topic alone. A request
 * published only on the event topic — by the version before the erasure topics, or by a replica of
 * it that took the outbox over after a newer one in a rolling update — must still reach them: every
 * recovery of the relay copies what was published without a copy, and nothing else.
 */
@QuarkusTest
class ErasureCopiesTest {

    @Inject
    KernelFixtures fixtures;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_request_published_without_a_copy_is_copied_at_the_next_takeover_and_nothing_is_copied_twice() throws Exception {
        String subject = fixtures.openTally(10, "Ada Lovelace").value().toString();
        // This version publishes a request, with its copy.
        String first = requestErasure(subject);
        try (var reader = fixtures.reader(KernelFixtures.ERASURES)) {
            reader.readUntil(records -> copiesOf(records, first) > 0, Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.count("SELECT count(*) FROM erasure_copies c JOIN events e ON e.position = c.position "
                + "WHERE c.topic = ? AND e.event_type = 'ErasureRequested' AND e.payload::text LIKE ?", KernelFixtures.ERASURES, "%" + first + "%") == 1);

        // Then an older replica takes the outbox over and publishes a second request on the event topic only (by hand
        // here; the relay's recovery finds it there and takes it out of the outbox, as after such a replica).
        String[] second = new String[1];
        fixtures.withRelayHeldOff(() -> second[0] = requestErasure(subject));
        try {
            UUID request = only(fixtures.eventIds("SELECT event_id FROM events WHERE event_type = 'ErasureRequested' AND payload::text LIKE ?",
                    "%" + second[0] + "%"));
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    fixtures.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
                producer.send(fixtures.published(request)).get();
            }
        } finally {
            fixtures.releaseRelay();
        }

        try (var reader = fixtures.reader(KernelFixtures.ERASURES)) {
            List<ConsumerRecord<String, byte[]>> copies = reader.readUntilThenSettle(records -> copiesOf(records, second[0]) > 0,
                    Duration.ofSeconds(30), Duration.ofSeconds(2));
            assertThat(copiesOf(copies, second[0])).as("the request the older replica published, copied by this version's takeover").isEqualTo(1);
            assertThat(copiesOf(copies, first)).as("the request this version published with its copy").isEqualTo(1);
        }

        // Another takeover finds both copies recorded and makes none.
        relay.stop();
        relay.start();
        TallyId later = fixtures.openTally(10);
        try (var reader = fixtures.reader(KernelFixtures.TOPIC, KernelFixtures.ERASURES)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntilThenSettle(
                    all -> all.stream().anyMatch(r -> later.streamId().equals(r.key())), Duration.ofSeconds(30), Duration.ofSeconds(2));
            List<ConsumerRecord<String, byte[]>> erasureTopic = records.stream().filter(r -> r.topic().equals(KernelFixtures.ERASURES)).toList();
            List<ConsumerRecord<String, byte[]>> eventTopic = records.stream().filter(r -> r.topic().equals(KernelFixtures.TOPIC)).toList();
            for (String request : List.of(first, second[0])) {
                assertThat(copiesOf(erasureTopic, request)).as("copies of %s after another takeover", request).isEqualTo(1);
                assertThat(copiesOf(eventTopic, request)).as("%s on the event topic", request).isEqualTo(1);
            }
        }
    }

    @Test
    void the_index_of_the_takeovers_query_covers_every_erasure_event_type() throws Exception {
        // The query names PersonalDataEvent.EVENT_TYPES; the planner uses the partial index only if its
        // predicate names them all. A type added to the sealed interface without a migration fails here.
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT indexdef FROM pg_indexes WHERE indexname = 'events_erasure_traffic'");
             var rs = query.executeQuery()) {
            assertThat(rs.next()).as("the partial index of erasure traffic").isTrue();
            String definition = rs.getString(1);
            assertThat(PersonalDataEvent.EVENT_TYPES).allSatisfy(type -> assertThat(definition).contains("'" + type + "'"));
        }
    }

    private static String requestErasure(String subject) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("subjects", List.of(subject))).post("/ops/personal-data/erasure-requests")
                .then().statusCode(202).extract().path("requestId");
    }

    private static UUID only(List<UUID> ids) {
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private static long copiesOf(List<ConsumerRecord<String, byte[]>> records, String requestId) {
        return records.stream().filter(r -> "kerneltest.ErasureRequested.v1".equals(KernelFixtures.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains(requestId)).count();
    }
}
