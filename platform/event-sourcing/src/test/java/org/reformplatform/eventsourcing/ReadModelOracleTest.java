package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.testing.Tokens;

/** The oracle operators and the suites use: a shadow copy built from the log, compared row for row with the live one. */
@QuarkusTest
class ReadModelOracleTest {

    @Inject
    KernelFixtures fixtures;

    @Test
    void a_read_model_built_live_equals_its_copies_built_from_the_store_and_from_the_topic() throws Exception {
        for (int s = 0; s < 10; s++) {
            TallyId id = fixtures.openTally(1_000_000);
            for (int i = 1; i <= 5; i++) {
                fixtures.increment(id, i, "oracle " + i);
            }
        }
        awaitQuiet();

        for (String source : List.of("store", "topic")) {
            JsonPath verification = verify(source).then().statusCode(200).extract().jsonPath();
            assertThat(verification.getBoolean("equal")).as("verified against the %s: %s", source, verification.prettify()).isTrue();
            assertThat(verification.getString("source")).isEqualTo(source);
            assertThat(verification.getLong("eventsReplayed")).isGreaterThanOrEqualTo(60);
            List<Map<String, Object>> tables = verification.getList("tables");
            assertThat(tables).extracting(t -> t.get("table")).containsExactly("tally_totals", "tally_increments", "projection_cursors");
            assertThat(tables).allSatisfy(t -> assertThat(((Number) t.get("liveRows")).longValue()).isPositive());
        }
        assertThat(fixtures.count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'shadow_%'")).isZero();
    }

    @Test
    void a_forged_record_of_a_stream_the_store_never_had_is_no_part_of_the_log() throws Exception {
        TallyId real = fixtures.openTally(1000);
        fixtures.increment(real, 2, "real");
        // An increment claiming to be the first event of a stream the store has never had: the
        // projection refuses it (no such tally) and it is dead-lettered when it comes.
        TallyId forged = TallyId.random();
        ProducerRecord<String, byte[]> record = fixtures.published(real, 2);
        ProducerRecord<String, byte[]> forgery = new ProducerRecord<>(record.topic(), null, forged.value().toString(), record.value());
        Map<String, String> replaced = Map.of("ce_subject", forged.value().toString(), "ce_id", java.util.UUID.randomUUID().toString(),
                "ce_streamversion", "1");
        record.headers().forEach(h -> forgery.headers().add(h.key(), replaced.containsKey(h.key())
                ? replaced.get(h.key()).getBytes(java.nio.charset.StandardCharsets.UTF_8) : h.value()));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, fixtures.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(forgery).get();
        }
        awaitQuiet();
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.count("SELECT count(*) FROM projection_cursors WHERE stream_id = ? "
                + "AND projection = 'tally-totals'", forged.value().toString()) == 1);

        JsonPath verification = verify("store").then().statusCode(200).extract().jsonPath();
        assertThat(verification.getBoolean("equal")).as(verification.prettify()).isTrue();
    }

    @Test
    void a_live_read_model_that_drifted_from_the_log_is_reported_with_the_rows_that_differ() throws Exception {
        TallyId id = fixtures.openTally(1000);
        fixtures.increment(id, 7, "drift");
        awaitQuiet();
        String stream = id.value().toString();
        long before = fixtures.count("SELECT count(*) FROM tally_totals");
        fixtures.execute("UPDATE tally_totals SET total = 999 WHERE stream_id = ?", stream);
        try {
            JsonPath verification = verify("store").then().statusCode(200).extract().jsonPath();
            assertThat(verification.getBoolean("equal")).isFalse();
            Map<String, Object> totals = verification.getMap("tables.find { it.table == 'tally_totals' }");
            assertThat(totals.get("equal")).isEqualTo(false);
            assertThat(((Number) totals.get("liveRows")).longValue()).isEqualTo(before);
            assertThat((List<String>) totals.get("onlyInLive")).singleElement().asString().contains(stream).contains("999");
            assertThat((List<String>) totals.get("onlyInShadow")).singleElement().asString().contains(stream).contains("\"total\":7");
            assertThat(verification.getBoolean("tables.find { it.table == 'tally_increments' }.equal")).isTrue();
            // Verifying never touches the live copy.
            assertThat(fixtures.count("SELECT total FROM tally_totals WHERE stream_id = ?", stream)).isEqualTo(999);
        } finally {
            fixtures.execute("UPDATE tally_totals SET total = 7 WHERE stream_id = ?", stream);
        }
    }

    @Test
    void verifying_and_digesting_are_for_operators_and_name_a_real_projection_and_source() {
        given().auth().oauth2(Tokens.analyst()).post("/ops/projections/tally-totals/verify").then().statusCode(403);
        given().post("/ops/projections/tally-totals/verify").then().statusCode(401);
        given().auth().oauth2(Tokens.operator()).post("/ops/projections/no-such-view/verify").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.operator()).queryParam("source", "guess").post("/ops/projections/tally-totals/verify")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.analyst()).get("/ops/projections/tally-totals/digest").then().statusCode(200);
    }

    private io.restassured.response.Response verify(String source) {
        return given().auth().oauth2(Tokens.operator()).queryParam("source", source).post("/ops/projections/tally-totals/verify");
    }

    private void awaitQuiet() {
        await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.count("SELECT count(*) FROM outbox") == 0
                && ((Number) given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals").then().extract().path("lag"))
                        .longValue() == 0);
    }
}
