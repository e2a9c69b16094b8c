package org.reformplatform.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker limit: a raw Kafka producer with {@code acks=all} sending the same payload, each
 * client waiting for its acknowledgement before the next send (closed loop, like the others).
 * {@code linger.ms=0}: nothing waits to fill a batch, so this is the broker at its quickest.
 */
final class BrokerLimit {

    static final String TOPIC = "benchmark.broker-limit";

    private final String bootstrap;
    private final byte[] payload;

    BrokerLimit(String bootstrap, String payload) {
        this.bootstrap = bootstrap;
        this.payload = payload.getBytes(StandardCharsets.UTF_8);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + TOPIC, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    ClosedLoop.Raw run(int clients, Duration warmUp, Duration measured) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            return ClosedLoop.runRaw(Benchmark.BROKER, clients, warmUp, measured, i -> client(producer));
        }
    }

    ClosedLoop.Step client(KafkaProducer<String, byte[]> producer) {
        return () -> {
            producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), payload)).get();
            return ClosedLoop.Call.ok("send+ack");
        };
    }

    KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(config);
    }
}
