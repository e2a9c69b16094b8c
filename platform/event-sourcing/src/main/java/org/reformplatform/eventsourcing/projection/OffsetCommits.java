package org.reformplatform.eventsourcing.projection;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Where a subscription's consumer group resumes after a restart or a rebalance.
 *
 * <p>What a batch changed is recorded in the read model's own transaction (stream cursors,
 * processed-event ids), so a committed offset decides only how much is read again, never what is
 * applied. Committing after every batch cost the broker an {@code OffsetCommit} (an append to
 * {@code __consumer_offsets}) for each batch of each consumer group: at one client, 410 a second,
 * as many as the fetches, a quarter of all its requests (docs/benchmarks.md, "The broker's
 * requests and the intake event's turn"). So the offsets after the batches applied go out at most
 * once per interval, without waiting; at once and waiting when partitions are taken away or the
 * consumer stops. Only offsets of batches whose transaction committed are ever sent: a batch read
 * again after a failure moves nothing.
 */
final class OffsetCommits implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(OffsetCommits.class);
    /** How long a stop or a rebalance waits for its commit: the broker may be the reason for stopping. */
    private static final Duration FINAL_COMMIT_WAIT = Duration.ofSeconds(2);

    private final KafkaConsumer<String, byte[]> consumer;
    private final long intervalNanos;
    private final String name;
    private final Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
    private boolean dirty;
    private long nextCommit = System.nanoTime();

    OffsetCommits(KafkaConsumer<String, byte[]> consumer, Duration interval, String name) {
        this.consumer = consumer;
        this.intervalNanos = interval.toNanos();
        this.name = name;
    }

    /** Notes a batch whose transaction committed: its partitions resume after its last records. */
    void applied(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
            applied.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
            dirty = true;
        }
    }

    /** Sends what was applied since the last commit, once the interval has passed; called after every poll. */
    void whenDue() {
        if (!dirty || System.nanoTime() - nextCommit < 0) {
            return;
        }
        dirty = false;
        nextCommit = System.nanoTime() + intervalNanos;
        // Callbacks run on this thread, inside a later poll or commit: a failed commit is sent again with the next one.
        consumer.commitAsync(Map.copyOf(applied), (offsets, failure) -> {
            if (failure != null) {
                dirty = true;
                LOG.debugf("consumer %s: offsets not committed, again with the next: %s", name, failure.toString());
            }
        });
    }

    /** Commits what was applied and waits (a bounded time): before the consumer closes. */
    void now() {
        commit(applied);
        dirty = false;
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Runs inside poll, after every batch polled before it was applied or read again: the new owner resumes here.
        Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = applied.remove(partition);
            if (offset != null) {
                leaving.put(partition, offset);
            }
        }
        commit(leaving);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        // the group's committed offsets are where these resume
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        // Another member owns them already: committing would be refused, and its offsets are its own.
        partitions.forEach(applied::remove);
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(Map.copyOf(offsets), FINAL_COMMIT_WAIT);
        } catch (KafkaException e) {
            // Not lost: the events are recorded as applied, and whoever resumes passes over them again.
            LOG.debugf("consumer %s: final offsets not committed: %s", name, e.toString());
        }
    }
}
