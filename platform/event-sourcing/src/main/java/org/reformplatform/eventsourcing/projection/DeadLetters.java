package org.reformplatform.eventsourcing.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.messaging.KafkaClients;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;

/**
 * The service's dead-letter topic ({@code <service>.dead-letters}): an event a projection or
 * handler refused, copied as it was (key, value, headers) with the reason and where it came from.
 * Nothing else stops a projection, and nothing is silently skipped. The same letter goes to the
 * {@code dead_letters} table in the caller's transaction, the operators' work list that
 * {@link DeadLetterOperations} replays or discards.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    KafkaClients clients;

    @Inject
    PlatformSettings settings;

    @Inject
    PlatformMetrics metrics;

    @Inject
    DeadLetterLog log;

    private KafkaProducer<String, byte[]> producer;

    /** Sends the record to the dead-letter topic and waits for the broker's acknowledgement. */
    public void send(ConsumerRecord<String, byte[]> original, String consumer, Throwable reason) throws Exception {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(settings.deadLetterTopic(), null, original.key(), original.value());
        for (Header header : original.headers()) {
            letter.headers().add(header);
        }
        add(letter, "dlq_reason", describe(reason));
        add(letter, "dlq_exception", reason.getClass().getName());
        add(letter, "dlq_consumer", settings.service() + "." + consumer);
        add(letter, "dlq_topic", original.topic());
        add(letter, "dlq_partition", String.valueOf(original.partition()));
        add(letter, "dlq_offset", String.valueOf(original.offset()));
        add(letter, "dlq_time", Instant.now().toString());
        producer().send(letter).get(30, TimeUnit.SECONDS);
        log.record(original, consumer, describe(reason), reason.getClass().getName());
        metrics.deadLettered(consumer);
        LOG.warnf("dead-lettered %s-%d@%d for %s: %s", original.topic(), original.partition(), original.offset(), consumer, describe(reason));
    }

    /**
     * Sends an event that did not come in this very batch (it had waited for a missing one) in its
     * published form, with the same reason headers.
     */
    public void send(CloudEvent event, String consumer, Throwable reason) throws Exception {
        ProducerRecord<String, byte[]> published = CloudEventCodec.toRecord(settings.eventsTopic(), event);
        ConsumerRecord<String, byte[]> original = new ConsumerRecord<>(published.topic(), -1, -1L, published.key(), published.value());
        published.headers().forEach(h -> original.headers().add(h));
        send(original, consumer, reason);
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = clients.producer(settings.service() + "-dead-letters");
        }
        return producer;
    }

    void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close();
        }
    }

    static String describe(Throwable reason) {
        String message = reason.getMessage();
        return message == null ? reason.getClass().getSimpleName() : message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static void add(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
