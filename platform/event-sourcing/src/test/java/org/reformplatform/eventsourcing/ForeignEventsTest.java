package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.sample.ForeignThing;

@QuarkusTest
class ForeignEventsTest {

    @Inject
    KernelFixtures fixtures;

    @Test
    void an_event_that_arrives_before_the_fact_it_refers_to_waits_for_it_and_is_not_lost() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                fixtures.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            // Published in the wrong order: the third follows the second, which follows the first.
            producer.send(CloudEventCodec.toRecord("othersvc.events", thing(third, "third", second))).get();
            producer.send(CloudEventCodec.toRecord("othersvc.events", thing(second, "second", first))).get();
            producer.send(CloudEventCodec.toRecord("othersvc.events", thing(first, "first", null))).get();
            // And one delivered twice.
            CloudEvent twice = thing(UUID.randomUUID().toString(), "twice", null);
            producer.send(CloudEventCodec.toRecord("othersvc.events", twice)).get();
            producer.send(CloudEventCodec.toRecord("othersvc.events", twice)).get();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> names().contains("third") && names().contains("twice"));
        List<String> names = names();
        assertThat(names).containsSubsequence("first", "second", "third");
        assertThat(names.stream().filter("twice"::equals)).hasSize(1);
        assertThat(fixtures.count("SELECT count(*) FROM parked_events")).isZero();
    }

    private static List<String> names() {
        return QuarkusTransaction.requiringNew().call(() ->
                ForeignThing.<ForeignThing>listAll(io.quarkus.panache.common.Sort.by("seq")).stream().map(t -> t.name).toList());
    }

    private static CloudEvent thing(String subject, String name, String follows) {
        String data = follows == null ? "{\"name\":\"" + name + "\"}" : "{\"name\":\"" + name + "\",\"follows\":\"" + follows + "\"}";
        UUID id = UUID.randomUUID();
        return new CloudEvent(id, "urn:reform-platform:othersvc", "othersvc.ThingHappened.v1", subject, Instant.now(), null,
                "Thing", 1, 1, id, id, null, null, data.getBytes(StandardCharsets.UTF_8));
    }
}
