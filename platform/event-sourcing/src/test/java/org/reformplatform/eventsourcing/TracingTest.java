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

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.testing.Tokens;

/**
 * One trace follows a command from the partner's request into the stored event (and so onto the
 * topic, whose ce_traceparent is the stored one) and on into a consumer in another service.
 */
@QuarkusTest
class TracingTest {

    @Inject
    KernelFixtures fixtures;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void the_event_a_request_appends_carries_the_request_span_of_the_partner_trace() throws Exception {
        String trace = hex(32);
        String partnerSpan = hex(16);
        String location = given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + trace + "-" + partnerSpan + "-01")
                .body("{\"owner\":\"traced\",\"limit\":10}").post("/v1/tallies").then().statusCode(201).extract().header("Location");
        String stream = location.substring(location.lastIndexOf('/') + 1);

        List<List<Object>> stored = fixtures.rows("SELECT metadata->>'traceparent' FROM events WHERE stream_id LIKE '%" + stream + "'");
        String traceparent = (String) stored.get(0).get(0);
        assertThat(traceparent).startsWith("00-" + trace + "-").doesNotContain(partnerSpan);

        // The span the event names is the server span of that request, a child of the partner's.
        String eventSpan = traceparent.split("-")[2];
        await().atMost(Duration.ofSeconds(10)).until(() -> spans.getFinishedSpanItems().stream().anyMatch(s -> s.getSpanId().equals(eventSpan)));
        SpanData server = spans.getFinishedSpanItems().stream().filter(s -> s.getSpanId().equals(eventSpan)).findFirst().orElseThrow();
        assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(server.getTraceId()).isEqualTo(trace);
        assertThat(server.getParentSpanId()).isEqualTo(partnerSpan);
    }

    @Test
    void a_consumer_of_another_service_handles_the_event_in_a_span_of_the_producer_trace() throws Exception {
        String trace = hex(32);
        String producerSpan = hex(16);
        UUID id = UUID.randomUUID();
        CloudEvent event = new CloudEvent(id, "urn:reform-platform:othersvc", "othersvc.ThingHappened.v1", UUID.randomUUID().toString(),
                Instant.now(), null, "Thing", 1, 1, id, id, null, "00-" + trace + "-" + producerSpan + "-01",
                "{\"name\":\"traced\"}".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                fixtures.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventCodec.toRecord("othersvc.events", event)).get();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> consumerSpan(trace) != null);
        SpanData consumer = consumerSpan(trace);
        assertThat(consumer.getParentSpanId()).isEqualTo(producerSpan);
        assertThat(consumer.getName()).isEqualTo("othersvc.events process");
        assertThat(consumer.getAttributes().asMap().toString()).contains(id.toString()).contains("foreign-things");
    }

    private SpanData consumerSpan(String trace) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(trace) && s.getKind() == SpanKind.CONSUMER)
                .findFirst().orElse(null);
    }

    private static String hex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(UUID.randomUUID().toString().replace("-", ""));
        }
        return hex.substring(0, length);
    }
}
