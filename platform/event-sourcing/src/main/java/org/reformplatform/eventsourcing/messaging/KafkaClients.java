package org.reformplatform.eventsourcing.messaging;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.reformplatform.eventsourcing.config.PlatformSettings;

/**
 * The kernel's Kafka clients, configured once: every {@code kafka.*} property (bootstrap servers,
 * security) applies, then the settings that decide whether anything is lost or seen twice.
 */
@ApplicationScoped
public class KafkaClients {

    /** How long the broker may hold a subscription's empty fetch (Kafka's default is 500 ms). */
    static final int IDLE_FETCH_WAIT_MS = 5_000;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> defaults;

    @Inject
    PlatformSettings settings;

    private Map<String, Object> base() {
        Map<String, Object> config = new HashMap<>();
        defaults.forEach((key, value) -> {
            if (key.contains(".")) {
                config.put(key, value);
            }
        });
        // Recover within a second or two once the broker is back (the client default backs off to 1 s,
        // SmallRye's to 10 s).
        config.putIfAbsent(CommonClientConfigs.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        return config;
    }

    /**
     * The relay's producer: idempotent, acks from all in-sync replicas, and transactional so that a
     * batch is visible to read_committed consumers entirely or not at all.
     */
    public KafkaProducer<String, byte[]> transactionalProducer(String transactionalId) {
        Map<String, Object> config = base();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // A relay transaction carries up to platform.relay.batch-size events of 1-2 KB: with Kafka's
        // 16 KB batches that took dozens of round trips per transaction (measured: 3,000 events/s
        // drained; with 256 KB batches and 2,000 events per transaction, 5,900/s on the same machine).
        // Records wait to fill 1 MB batches: the commit flushes whatever is left at once, so lingering
        // never delays a transaction, and a transaction goes out in a few produce requests.
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 100);
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024);
        // JSON events and their CloudEvents headers (field names and attribute names repeated in
        // every record) compress well with LZ4 for little CPU: the broker receives, writes and
        // serves fewer bytes, and a transaction's commit waited 311 ms before, 25-56 ms after
        // (docs/benchmarks.md). Consumers decompress by themselves, as any Kafka client does.
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** A plain producer (dead letters): idempotent, acks=all. */
    public KafkaProducer<String, byte[]> producer(String clientId) {
        Map<String, Object> config = base();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * A consumer that sees committed transactions only, commits offsets itself after the events are
     * applied, starts from the beginning of the log, and never creates topics by subscribing.
     */
    public KafkaConsumer<String, byte[]> consumer(String groupId, int maxPollRecords) {
        Map<String, Object> config = base();
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + Integer.toHexString(System.identityHashCode(config)));
            // A subscription waits for events rather than asks for them: the broker holds an empty fetch
            // up to this long and answers it as soon as a transaction commits (measured: commit to
            // consumer 19 ms median at 500 ms, 29 ms at 5 s, within noise), so an idle platform's ten
            // consumers cost the broker 288 -> 107 CPU ticks a minute (docs/benchmarks.md, "Idle cost").
            // Readers that stop at a known end offset (no group) keep Kafka's 500 ms.
            config.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, IDLE_FETCH_WAIT_MS);
        }
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        // A replica that crashed holds its partitions until the broker misses its heartbeats: 10 s
        // instead of Kafka's 45 s, so that a restarted or surviving replica takes them over sooner
        // (measured by the fault suite: a service killed and restarted). Redelivery after a
        // rebalance changes nothing (processed_events).
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    public Admin admin() {
        Map<String, Object> config = base();
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        return Admin.create(config);
    }
}
