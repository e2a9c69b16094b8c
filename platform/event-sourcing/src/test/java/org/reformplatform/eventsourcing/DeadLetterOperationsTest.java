package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.sample.ForeignThings;
import org.reformplatform.testing.Tokens;

/**
 * Dead letters an operator can act on: a handler with a defect refuses an event; the operator sees
 * it with its reason, replays it after the fix (once, however often the replay is retried), or
 * discards another with a reason.
 */
@QuarkusTest
class DeadLetterOperationsTest {

    @Inject
    KernelFixtures fixtures;

    @AfterEach
    void fixed() {
        ForeignThings.refusing = false;
    }

    @Test
    void a_refused_event_is_listed_with_its_reason_and_replayed_once_after_the_fix() throws Exception {
        ForeignThings.refusing = true;
        String name = ForeignThings.REFUSED_PREFIX + UUID.randomUUID();
        CloudEvent event = publish(name);
        String letter = awaitLetter(event.id());

        given().auth().oauth2(Tokens.operator()).get("/ops/dead-letters/" + letter).then().statusCode(200)
                .body("consumer", equalTo("foreign-things")).body("status", equalTo("OPEN"))
                .body("eventType", equalTo("othersvc.ThingHappened.v1")).body("reason", containsString("the defect under test"));

        // Not fixed yet: the replay is refused again and the letter stays open.
        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/" + letter + "/replay").then().statusCode(409)
                .body("type", containsString("still-refused"));
        assertThat(things(name)).isZero();

        ForeignThings.refusing = false;
        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/" + letter + "/replay").then().statusCode(200)
                .body("status", equalTo("REPLAYED")).body("resolvedBy", equalTo("operator-1"));
        // A retried replay is answered, not applied again.
        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/" + letter + "/replay").then().statusCode(200)
                .body("status", equalTo("REPLAYED"));
        assertThat(things(name)).isEqualTo(1);
        assertThat(fixtures.count("SELECT count(*) FROM processed_events WHERE projection = 'foreign-things' AND event_id = ? "
                + "AND outcome = 'applied'", event.id())).isEqualTo(1);
        // Discarding a replayed letter is refused.
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("reason", "too late"))
                .post("/ops/dead-letters/" + letter + "/discard").then().statusCode(409);
    }

    @Test
    void a_discarded_letter_keeps_its_reason_and_is_never_replayed() throws Exception {
        ForeignThings.refusing = true;
        String name = ForeignThings.REFUSED_PREFIX + UUID.randomUUID();
        CloudEvent event = publish(name);
        String letter = awaitLetter(event.id());

        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/ops/dead-letters/" + letter + "/discard").then().statusCode(400);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("reason", "published by mistake; corrected by a later event"))
                .post("/ops/dead-letters/" + letter + "/discard").then().statusCode(200)
                .body("status", equalTo("DISCARDED")).body("resolution", equalTo("published by mistake; corrected by a later event"));

        ForeignThings.refusing = false;
        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/" + letter + "/replay").then().statusCode(409)
                .body("type", containsString("dead-letter-discarded"));
        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/consumers/foreign-things/replay").then().statusCode(200);
        assertThat(things(name)).isZero();
        given().auth().oauth2(Tokens.operator()).get("/ops/dead-letters?status=discarded&size=200").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(letter));
    }

    @Test
    void replay_all_takes_every_open_letter_and_reports_each() throws Exception {
        ForeignThings.refusing = true;
        List<String> names = List.of(ForeignThings.REFUSED_PREFIX + UUID.randomUUID(), ForeignThings.REFUSED_PREFIX + UUID.randomUUID());
        for (String name : names) {
            awaitLetter(publish(name).id());
        }
        ForeignThings.refusing = false;
        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/consumers/foreign-things/replay").then().statusCode(200)
                .body("stillRefused.size()", equalTo(0));
        for (String name : names) {
            assertThat(things(name)).isEqualTo(1);
        }
        given().auth().oauth2(Tokens.operator()).get("/ops/dead-letters?consumer=foreign-things").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void a_projection_letter_is_replayed_by_a_rebuild_of_the_projection() throws Exception {
        org.reformplatform.eventsourcing.sample.TallyId id = fixtures.openTally(1000);
        fixtures.increment(id, 3, "poison");
        UUID poison = fixtures.eventIds("SELECT event_id FROM events WHERE stream_id LIKE ('%' || ?) AND stream_version = 2", id.value().toString()).get(0);
        String letter = awaitLetter(poison, "tally-totals");

        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/" + letter + "/replay").then().statusCode(200)
                .body("status", equalTo("REPLAYED")).body("resolution", containsString("rebuild"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.operator())
                .get("/ops/projections/tally-totals").then().statusCode(200).body("status.state", equalTo("live")));
    }

    @Test
    void only_operators_see_dead_letters() {
        given().auth().oauth2(Tokens.analyst()).get("/ops/dead-letters").then().statusCode(403);
        given().auth().oauth2(Tokens.partner("org-a")).post("/ops/dead-letters/consumers/foreign-things/replay").then().statusCode(403);
        given().auth().oauth2(Tokens.operator()).get("/ops/dead-letters/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Tokens.operator()).get("/ops/dead-letters?status=lost").then().statusCode(400);
        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/consumers/no-such-consumer/replay").then().statusCode(404);
        given().auth().oauth2(Tokens.operator()).post("/ops/dead-letters/consumers/<script>/replay").then().statusCode(400);
        given().auth().oauth2(Tokens.operator()).get("/ops/dead-letters/consumers/foreign-things/replay").then().statusCode(405);
    }

    private String awaitLetter(UUID eventId) {
        return awaitLetter(eventId, "foreign-things");
    }

    private String awaitLetter(UUID eventId, String consumer) {
        await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.count("SELECT count(*) FROM dead_letters WHERE event_id = ?", eventId) == 1);
        return given().auth().oauth2(Tokens.operator()).get("/ops/dead-letters?consumer=" + consumer + "&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.eventId == '" + eventId + "' }.id", String.class).get(0);
    }

    private long things(String name) throws Exception {
        return fixtures.count("SELECT count(*) FROM foreign_things WHERE name = ?", name);
    }

    private CloudEvent publish(String name) throws Exception {
        UUID id = UUID.randomUUID();
        CloudEvent event = new CloudEvent(id, "urn:reform-platform:othersvc", "othersvc.ThingHappened.v1", UUID.randomUUID().toString(),
                Instant.now(), null, "Thing", 1, 1, id, id, null, null, ("{\"name\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                fixtures.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventCodec.toRecord("othersvc.events", event)).get();
        }
        return event;
    }
}
