package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.eventsourcing.sample.TallyTotal;
import org.reformplatform.testing.Tokens;
import org.reformplatform.testing.TopicReader;

@QuarkusTest
class ProjectionTest {

    @Inject
    KernelFixtures fixtures;

    @Test
    void the_same_event_delivered_twice_changes_the_read_model_once() throws Exception {
        TallyId id = fixtures.openTally(1000);
        fixtures.increment(id, 5, "counted once");
        awaitTotal(id, 5, 1);

        // Deliver that very event again, as a redelivery after a rebalance or a replay would.
        ConsumerRecord<String, byte[]> original = recordOf(id, 2);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(original.topic(), null, original.key(), original.value(), original.headers())).get();
        }
        fixtures.increment(id, 1, "marker after the duplicate");

        awaitTotal(id, 6, 2);
        Thread.sleep(500);
        assertThat(total(id).increments).isEqualTo(2);
    }

    @Test
    void an_event_the_projector_refuses_goes_to_the_dead_letter_topic_and_the_projection_goes_on() throws Exception {
        TallyId id = fixtures.openTally(1000);
        fixtures.increment(id, 3, "poison");
        fixtures.increment(id, 4, "after the poison");

        awaitTotal(id, 4, 1);
        ConsumerRecord<String, byte[]> letter = deadLetter(r -> id.value().toString().equals(r.key()));
        assertThat(KernelFixtures.header(letter, "ce_streamversion")).isEqualTo("2");
        assertThat(KernelFixtures.header(letter, "dlq_reason")).contains("cannot take a poison increment");
        assertThat(KernelFixtures.header(letter, "dlq_consumer")).isEqualTo("kerneltest.tally-totals");
        // The consumer applies a batch to both projections together first; the refusal of one
        // is that one's alone: the other takes the very event it refused.
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.count(
                "SELECT count(*) FROM tally_notes WHERE stream_id = ? AND notes = 'poison;after the poison;' AND increments = 2",
                id.value().toString()) == 1);
    }

    @Test
    void the_projections_of_a_batch_take_each_event_exactly_once_together() throws Exception {
        TallyId id = fixtures.openTally(1000);
        for (int i = 1; i <= 20; i++) {
            fixtures.increment(id, 1, "n" + i);
        }
        awaitTotal(id, 20, 20);
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            notes.append('n').append(i).append(';');
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.count(
                "SELECT count(*) FROM tally_notes WHERE stream_id = ? AND notes = ? AND increments = 20", id.value().toString(),
                notes.toString()) == 1);
        assertThat(fixtures.count("SELECT count(*) FROM projection_cursors WHERE stream_id = ? AND version = 21 "
                + "AND projection IN ('tally-totals', 'tally-notes')", id.value().toString())).isEqualTo(2);
    }

    @Test
    void a_record_that_cannot_be_deserialised_goes_to_the_dead_letter_topic_and_the_projection_goes_on() throws Exception {
        TallyId id = fixtures.openTally(1000);
        String poisonKey = "garbage-" + id.value();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(KernelFixtures.TOPIC, poisonKey,
                    new byte[] {(byte) 0xC3, (byte) 0x28, '{', 'n', 'o', 't'});
            garbage.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            producer.send(garbage).get();
        }
        fixtures.increment(id, 2, "after the garbage");

        awaitTotal(id, 2, 1);
        ConsumerRecord<String, byte[]> letter = deadLetter(r -> poisonKey.equals(r.key()));
        assertThat(KernelFixtures.header(letter, "dlq_reason")).isNotBlank();
        assertThat(KernelFixtures.header(letter, "dlq_topic")).isEqualTo(KernelFixtures.TOPIC);
        // It has no event id: it is remembered by where it is, so that reading it again (a restart,
        // a rewound consumer group) does not dead-letter it a second time. Each projection of the topic
        // keeps that record under its own name, as it does its dead letters.
        java.util.UUID where = java.util.UUID.nameUUIDFromBytes((KernelFixtures.TOPIC + "/" + KernelFixtures.header(letter, "dlq_partition")
                + "/" + KernelFixtures.header(letter, "dlq_offset")).getBytes(StandardCharsets.UTF_8));
        for (String projection : List.of("tally-totals", "tally-notes")) {
            assertThat(fixtures.count("SELECT count(*) FROM processed_events WHERE outcome = 'dead-lettered' AND event_id = '" + where
                    + "' AND projection = ?", projection)).as(projection).isEqualTo(1);
        }
    }

    @Test
    void an_event_ahead_of_a_missing_one_waits_for_it_and_follows_it_once_it_arrives() throws Exception {
        TallyId id = fixtures.openTally(1000);
        fixtures.increment(id, 1, "first");
        awaitTotal(id, 1, 1);
        // The third and fourth increments reach the projection before the second (as if a partition were
        // reordered): they wait for it.
        fixtures.withRelayHeldOff(() -> {
            fixtures.increment(id, 2, "second");
            fixtures.increment(id, 3, "third");
            fixtures.increment(id, 4, "fourth");
        });
        try {
            try (KafkaProducer<String, byte[]> producer = producer()) {
                for (int version : new int[] {4, 5}) { // increments "third" and "fourth": "second" (v3) is held back
                    producer.send(fixtures.published(id, version)).get();
                }
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> gaps() == 2);
            assertThat(total(id).total).isEqualTo(1);
            assertThat(metric("platform_projection_gaps", "tally-totals")).isEqualTo(2.0);
        } finally {
            fixtures.releaseRelay();
        }
        awaitTotal(id, 10, 4);
        assertThat(total(id).trail).isEqualTo("1;2;3;4;");
        await().atMost(Duration.ofSeconds(30)).until(() -> gaps() == 0);
        assertThat(fixtures.count("SELECT count(*) FROM tally_increments WHERE stream_id = ?", id.value().toString())).isEqualTo(4);
    }

    @Test
    void a_rebuilt_read_model_equals_the_one_built_live_and_never_empties_meanwhile() throws Exception {
        for (int s = 0; s < 20; s++) {
            TallyId id = fixtures.openTally(1_000_000);
            for (int i = 1; i <= 10; i++) {
                fixtures.increment(id, i, "rebuild " + i);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.count("SELECT count(*) FROM outbox") == 0
                && lag() == 0);
        List<Map<String, Object>> before = digest();
        long rowsBefore = fixtures.count("SELECT count(*) FROM tally_totals");
        assertThat(rowsBefore).isGreaterThanOrEqualTo(20);

        given().auth().oauth2(Tokens.operator()).post("/ops/projections/tally-totals/rebuild")
                .then().statusCode(202).header("Location", org.hamcrest.Matchers.endsWith("/ops/projections/tally-totals"));
        long least = Long.MAX_VALUE;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!rebuildFinished() && System.nanoTime() < deadline) {
            least = Math.min(least, fixtures.count("SELECT count(*) FROM tally_totals"));
        }
        assertThat(rebuildFinished()).isTrue();
        assertThat(least).isGreaterThanOrEqualTo(rowsBefore);
        assertThat(digest()).isEqualTo(before);
        Map<String, Object> status = given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals")
                .then().statusCode(200).extract().path("status");
        assertThat(((Number) status.get("rebuildDone")).longValue()).isGreaterThanOrEqualTo(220);
        assertThat(status.get("state")).isEqualTo("live");
        assertThat(fixtures.count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'shadow_%'")).isZero();
        // The same state as gauges for the dashboards, from the shared status row.
        assertThat(metric("platform_projection_rebuilding", "tally-totals")).isZero();
        assertThat(metric("platform_projection_rebuild_progress", "tally-totals")).isEqualTo(1.0);
        assertThat(metric("platform_projection_rebuild_events_per_second", "tally-totals")).isGreaterThan(0);
    }

    private boolean rebuildFinished() {
        var response = given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals").then().extract();
        return "live".equals(response.path("status.state")) && response.path("status.rebuildFinished") != null;
    }

    private List<Map<String, Object>> digest() {
        return given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals/digest").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private long gaps() {
        return ((Number) given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals")
                .then().extract().path("status.gaps")).longValue();
    }

    private double metric(String name, String projection) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(name + "{") && l.contains("projection=\"" + projection + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(Double.NaN);
    }

    private long lag() {
        return ((Number) given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals")
                .then().extract().path("lag")).longValue();
    }

    private void awaitTotal(TallyId id, int total, int increments) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            TallyTotal row = total(id);
            return row != null && row.total == total && row.increments == increments;
        });
    }

    private TallyTotal total(TallyId id) {
        return QuarkusTransaction.requiringNew().call(() -> TallyTotal.findById(id.value().toString()));
    }

    private ConsumerRecord<String, byte[]> recordOf(TallyId id, int version) {
        try (TopicReader reader = fixtures.reader(KernelFixtures.TOPIC)) {
            return reader.readUntil(r -> r.stream().anyMatch(x -> matches(x, id, version)), Duration.ofSeconds(30))
                    .stream().filter(x -> matches(x, id, version)).findFirst().orElseThrow();
        }
    }

    private static boolean matches(ConsumerRecord<String, byte[]> record, TallyId id, int version) {
        return id.value().toString().equals(record.key()) && String.valueOf(version).equals(KernelFixtures.header(record, "ce_streamversion"));
    }

    private ConsumerRecord<String, byte[]> deadLetter(java.util.function.Predicate<ConsumerRecord<String, byte[]>> which) {
        try (TopicReader reader = fixtures.reader(KernelFixtures.DEAD_LETTERS)) {
            return reader.readUntil(r -> r.stream().anyMatch(which), Duration.ofSeconds(60))
                    .stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no dead letter arrived"));
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, fixtures.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }
}
