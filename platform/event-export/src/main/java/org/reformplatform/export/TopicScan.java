package org.reformplatform.export;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the chosen topics once, from the chosen start to the end each partition had when the scan
 * began. No consumer group is joined and no offset is committed: an export never disturbs the
 * services' consumers.
 */
final class TopicScan implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final ExportOptions options;
    private final Map<TopicPartition, Long> ends = new HashMap<>();
    private Map<TopicPartition, Long> resume = Map.of();
    private long total;

    TopicScan(ExportOptions options) {
        this.options = options;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, "event-export-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Continues where an earlier export stopped: a partition named here starts at its offset,
     * whatever {@code --from} says; one not named (a topic or partition new since) starts as usual.
     */
    TopicScan resumeFrom(Map<TopicPartition, Long> offsets) {
        this.resume = Map.copyOf(offsets);
        return this;
    }

    /** The offsets the export reads up to (exclusive): where the next incremental export starts. */
    Map<TopicPartition, Long> ends() {
        return Map.copyOf(ends);
    }

    /** Positions every partition; returns how many records lie between start and end (for progress). */
    long prepare() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new ExportOptions.UsageException("there is no topic " + topic + " on " + options.bootstrapServers());
            }
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        ends.putAll(consumer.endOffsets(partitions));
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, OffsetAndTimestamp> byTime = null;
        if (options.start().kind().equals("time")) {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(p -> query.put(p, options.start().time().toEpochMilli()));
            byTime = consumer.offsetsForTimes(query);
        }
        for (TopicPartition partition : partitions) {
            long start = resume.containsKey(partition) ? Math.max(beginnings.get(partition), resume.get(partition)) : switch (options.start().kind()) {
                case "offset" -> Math.max(beginnings.get(partition), options.start().offset());
                case "time" -> byTime.get(partition) == null ? ends.get(partition) : byTime.get(partition).offset();
                default -> beginnings.get(partition);
            };
            long from = Math.min(start, ends.get(partition));
            consumer.seek(partition, from);
            total += ends.get(partition) - from;
        }
        return total;
    }

    /** Hands every record up to the recorded ends to {@code sink}, then returns. */
    void forEach(Consumer<ConsumerRecord<String, byte[]>> sink) {
        while (!done()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < ends.get(partition)) {
                    sink.accept(record);
                }
            }
        }
    }

    private boolean done() {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The topics read (after {@link #prepare}). */
    List<String> topicNames() {
        return ends.keySet().stream().map(TopicPartition::topic).distinct().sorted().toList();
    }

    private List<String> topics() {
        if (!options.allTopics()) {
            return options.topics();
        }
        return consumer.listTopics(Duration.ofSeconds(30)).keySet().stream()
                .filter(t -> t.endsWith(".events")).sorted().toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    static boolean inTimeRange(String time, Instant since, Instant until) {
        if (since == null && until == null) {
            return true;
        }
        if (time == null) {
            return false;
        }
        Instant at = Instant.parse(time);
        return (since == null || !at.isBefore(since)) && (until == null || at.isBefore(until));
    }
}
