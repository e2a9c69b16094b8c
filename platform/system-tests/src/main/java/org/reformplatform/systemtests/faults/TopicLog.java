package org.reformplatform.systemtests.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A topic read from the beginning to its current end, {@code read_committed} like every consumer of
 * the platform, without a consumer group (it disturbs nothing).
 */
public final class TopicLog {

    /** One record: its CloudEvents id (may be null for a foreign record) and headers of interest. */
    public record Entry(int partition, long offset, String key, UUID eventId, String type, Map<String, String> headers, byte[] value) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    private final String bootstrap;

    public TopicLog(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Every committed record of the topic up to its end now; empty if the topic does not exist. */
    public List<Entry> read(String topic) {
        return readFrom(topic, Map.of());
    }

    /**
     * The committed records of the topic from these offsets (by partition; a partition not named is
     * read from its beginning) up to its end now: with {@link #endOffsets(String)} taken earlier, what
     * was published since.
     */
    public List<Entry> readFrom(String topic, Map<Integer, Long> from) {
        List<Entry> entries = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return entries;
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            for (TopicPartition partition : assigned) {
                Long offset = from.get(partition.partition());
                if (offset != null) {
                    consumer.seek(partition, offset);
                }
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(assigned, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!caughtUp(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 2 minutes");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    String id = headers.get("ce_id");
                    UUID eventId = null;
                    try {
                        eventId = id == null ? null : UUID.fromString(id);
                    } catch (IllegalArgumentException notAnId) {
                        // a poison record: kept with no id
                    }
                    entries.add(new Entry(record.partition(), record.offset(), record.key(), eventId, headers.get("ce_type"), headers, record.value()));
                }
            }
        }
        return entries;
    }

    /** The end offset of each partition of the topic now (empty if it does not exist): a cut for {@link #readFrom(String, Map)}. */
    public Map<Integer, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            Map<Integer, Long> ends = new HashMap<>();
            if (partitions == null || partitions.isEmpty()) {
                return ends;
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.endOffsets(assigned, Duration.ofSeconds(10)).forEach((partition, offset) -> ends.put(partition.partition(), offset));
            return ends;
        }
    }

    /** How many records the topic holds (end offsets summed, aborted transactions' markers included); 0 if it does not exist. */
    public long endOffsetTotal(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return 0;
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(assigned, Duration.ofSeconds(10)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
