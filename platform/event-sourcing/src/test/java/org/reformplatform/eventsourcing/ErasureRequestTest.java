package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.testing.Tokens;

/**
 * A platform-wide erasure between this service ("kerneltest") and another ("othersvc", played by
 * the test on its erasure topic, which is where a service publishes its requests and reports for
 * the others besides its event topic): asked here, it is done only once the other service reported; asked
 * there, this service forgets the person and reports it on its own topic.
 */
@QuarkusTest
class ErasureRequestTest {

    @Inject
    KernelFixtures fixtures;

    @Test
    void a_request_asked_here_is_done_only_when_every_service_reported_it() throws Exception {
        TallyId id = fixtures.openTally(10, "Grace Hopper");
        String subject = id.value().toString();
        String requestId = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("subjects", List.of(subject))).post("/ops/personal-data/erasure-requests")
                .then().statusCode(202).extract().path("requestId");
        String status = given().auth().oauth2(Tokens.operator()).get("/ops/personal-data/erasure-requests/" + requestId)
                .then().statusCode(200).extract().asString();
        assertThat(status).contains("\"done\":false").contains("\"waitingFor\":[\"othersvc\"]").doesNotContain("Grace");
        assertThat(fixtures.count("SELECT count(*) FROM personal_data_keys WHERE subject = ? AND wrapped_key IS NULL", subject)).isEqualTo(1);
        assertThat(fixtures.count("SELECT count(*) FROM events WHERE event_type = 'ErasureRequested' AND payload::text LIKE ?",
                "%" + requestId + "%")).isEqualTo(1);
        // The other services hear of it on this service's erasure topic, which carries nothing else.
        try (var reader = fixtures.reader(KernelFixtures.ERASURES)) {
            var copies = reader.readUntil(records -> records.stream().anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(requestId)),
                    Duration.ofSeconds(30));
            assertThat(copies).anyMatch(r -> "kerneltest.ErasureRequested.v1".equals(KernelFixtures.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(requestId));
            assertThat(copies).allMatch(r -> List.of("kerneltest.ErasureRequested.v1", "kerneltest.SubjectForgotten.v1")
                    .contains(KernelFixtures.header(r, "ce_type")));
        }

        publish("SubjectForgotten", subject, "{\"subject\":\"" + subject + "\",\"keyDeleted\":true,\"scrubbedRows\":{},\"requestedBy\":\"op\","
                + "\"forgottenAt\":\"" + Instant.now() + "\",\"requestId\":\"" + requestId + "\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Tokens.operator())
                .get("/ops/personal-data/erasure-requests/" + requestId).then().extract().path("done"));
    }

    @Test
    void a_request_asked_by_another_service_is_carried_out_here_and_reported() throws Exception {
        TallyId id = fixtures.openTally(10, "Katherine Johnson");
        String subject = id.value().toString();
        String requestId = UUID.randomUUID().toString();
        publish("ErasureRequested", "erasure-request:" + requestId, "{\"requestId\":\"" + requestId + "\",\"subjects\":[\"" + subject
                + "\"],\"requestedBy\":\"op\",\"requestedAt\":\"" + Instant.now() + "\"}");
        await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.count(
                "SELECT count(*) FROM events WHERE event_type = 'SubjectForgotten' AND payload::text LIKE ?", "%" + requestId + "%") == 1);
        assertThat(fixtures.count("SELECT count(*) FROM personal_data_keys WHERE subject = ? AND wrapped_key IS NULL", subject)).isEqualTo(1);
        try (var reader = fixtures.reader(KernelFixtures.ERASURES)) {
            assertThat(reader.readUntil(records -> records.stream().anyMatch(r -> "kerneltest.SubjectForgotten.v1".equals(KernelFixtures.header(r, "ce_type"))
                    && new String(r.value(), StandardCharsets.UTF_8).contains(requestId)), Duration.ofSeconds(30)))
                    .as("this service's report, on its erasure topic").anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(requestId));
        }
        assertThat(given().auth().oauth2(Tokens.operator()).get("/ops/personal-data/erasure-requests/" + requestId)
                .then().statusCode(200).extract().asString()).contains("\"kerneltest\":[\"" + subject + "\"]").contains("\"done\":false");
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("subjects", List.of("no spaces allowed")))
                .post("/ops/personal-data/erasure-requests").then().statusCode(422);
    }

    private void publish(String type, String subject, String data) throws Exception {
        UUID id = UUID.randomUUID();
        CloudEvent event = new CloudEvent(id, "urn:reform-platform:othersvc", "othersvc." + type + ".v1", subject, Instant.now(), null,
                "PersonalData", 1, 1, id, id, null, null, data.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                fixtures.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventCodec.toRecord("othersvc.erasures", event)).get();
        }
    }
}
