package org.reformplatform.systemtests.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The services' topics as an analyst reads them: {@code read_committed}, CloudEvents in binary mode
 * (the data is the value, the attributes are {@code ce_*} headers). Either everything from the
 * beginning up to now ({@link #readAll}), or a log that follows the topics from now on in a
 * background thread ({@link #fromNow}), for flows that wait for an event.
 */
public final class EventLog implements AutoCloseable {

    public static final List<String> TOPICS = List.of("admissions.events", "qualification.events", "mobility.events", "incubation.events",
            "evaluation.events");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record: where it was, its key, its CloudEvents headers and its data. */
    public record Event(String topic, int partition, long offset, String key, Map<String, String> headers, String value) {

        public String type() {
            return headers.getOrDefault("ce_type", "");
        }

        public String subject() {
            return headers.getOrDefault("ce_subject", "");
        }

        public String id() {
            return headers.getOrDefault("ce_id", "");
        }

        public JsonNode data() {
            try {
                return value == null ? MissingNode.getInstance() : JSON.readTree(value);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        @Override
        public String toString() {
            return type() + " " + topic + "/" + partition + "@" + offset + " key " + key + " " + value;
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Event> events = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    private EventLog(KafkaConsumer<String, byte[]> consumer) {
        this.consumer = consumer;
        this.poller = new Thread(this::poll, "event-log");
        this.poller.setDaemon(true);
        this.poller.start();
    }

    /** Follows the topics from their current end: every event published after this returns is seen. */
    public static EventLog fromNow(String bootstrap, Collection<String> topics) {
        KafkaConsumer<String, byte[]> consumer = consumer(bootstrap);
        List<TopicPartition> partitions = partitions(consumer, topics);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return new EventLog(consumer);
    }

    /** Every committed event on the topics, from the beginning up to their end now. */
    public static List<Event> readAll(String bootstrap, Collection<String> topics, Duration timeout) {
        return read(bootstrap, topics, timeout, false);
    }

    /** As {@link #readAll}, of those topics that exist (a dead-letter topic exists once something was dead-lettered). */
    public static List<Event> readAllExisting(String bootstrap, Collection<String> topics, Duration timeout) {
        return read(bootstrap, topics, timeout, true);
    }

    private static List<Event> read(String bootstrap, Collection<String> topics, Duration timeout, boolean skipMissing) {
        List<Event> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                if (!skipMissing || consumer.listTopics(Duration.ofSeconds(20)).containsKey(topic)) {
                    partitions.addAll(partitions(consumer, List.of(topic)));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // With read_committed the end offsets are the last stable offsets: what a reader may see now.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the topics to their end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    all.add(toEvent(record));
                }
            }
        }
        return all;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-tests-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(20));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist");
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private static Event toEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new Event(record.topic(), record.partition(), record.offset(), record.key(), headers,
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    synchronized (events) {
                        events.add(toEvent(record));
                        events.notifyAll();
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException stopping) {
            // closed
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** The first event of that type matching the predicate, waiting for it up to the timeout. */
    public Event await(String type, Predicate<Event> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (true) {
                for (Event event : events) {
                    if (event.type().equals(type) && match.test(event)) {
                        return event;
                    }
                }
                if (failure != null) {
                    throw new IllegalStateException("reading the topics failed", failure);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + type + " matching on the topics within " + timeout + "; seen: " + typesSeen());
                }
                try {
                    events.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Every event seen so far of a type. */
    public List<Event> ofType(String type) {
        synchronized (events) {
            return events.stream().filter(e -> e.type().equals(type)).toList();
        }
    }

    private Map<String, Integer> typesSeen() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        events.forEach(e -> seen.merge(e.type(), 1, Integer::sum));
        return seen;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
