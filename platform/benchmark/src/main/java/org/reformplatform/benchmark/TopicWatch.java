package org.reformplatform.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A {@code read_committed} consumer on a service's topic, from its current end: it reports the
 * moment each record of one event type arrives (record key = stream id), as any downstream
 * consumer would see it.
 */
final class TopicWatch implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    TopicWatch(String bootstrap, String topic, String eventType, BiConsumer<String, Long> arrived) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before anything is sent
        thread = new Thread(() -> {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    Header type = record.headers().lastHeader("ce_type");
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).equals(eventType)) {
                        arrived.accept(record.key(), now);
                    }
                }
            }
            consumer.close();
        }, "topic-watch-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Pairs two moments per key that may come in either order (an event may reach the consumer
     * before the client has read the 2xx), and records the delay from the first-named to the second.
     */
    static final class Pairing {
        private final Map<String, Long> starts = new ConcurrentHashMap<>();
        private final Map<String, Long> ends = new ConcurrentHashMap<>();
        private final Latencies delays = new Latencies();
        private long endedFirst;

        void start(String key, long nanos) {
            Long end = ends.remove(key);
            if (end != null) {
                record(end - nanos);
            } else {
                starts.put(key, nanos);
                end = ends.remove(key);
                if (end != null && starts.remove(key) != null) {
                    record(end - nanos);
                }
            }
        }

        void end(String key, long nanos) {
            Long start = starts.remove(key);
            if (start != null) {
                record(nanos - start);
            } else {
                ends.put(key, nanos);
                start = starts.remove(key);
                if (start != null && ends.remove(key) != null) {
                    record(nanos - start);
                }
            }
        }

        private synchronized void record(long delay) {
            if (delay < 0) {
                endedFirst++;
            }
            delays.record(Math.max(0, delay));
        }

        synchronized Latencies.Summary summary() {
            return delays.summary();
        }

        synchronized long count() {
            return delays.count();
        }

        /** How many ends came before their start (counted as 0 ms). */
        synchronized long endedFirst() {
            return endedFirst;
        }

        int unmatched() {
            return starts.size();
        }
    }
}
