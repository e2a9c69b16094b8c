package org.reformplatform.eventsourcing.projection;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonValue;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.messaging.KafkaClients;
import org.reformplatform.eventsourcing.projection.ReadModelDigest.TableComparison;
import org.reformplatform.eventsourcing.projection.ReadModelDigest.TableDigest;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * The oracle: builds a shadow copy of a projection from the event store, or from the service's
 * topic read from offset 0, and compares it row for row with the live copy, which it never
 * touches. The two are compared at the same point of the log: the shadow is first built to a
 * horizon, the live copy is given time to pass it, then live updates pause while the shadow takes
 * exactly the events the live copy has taken beyond it, and the tables are compared.
 */
@ApplicationScoped
public class Verifications {

    private static final Logger LOG = Logger.getLogger(Verifications.class);

    /** Where the shadow copy's events come from; in JSON as the {@code source} parameter names it. */
    public enum Source {
        STORE, TOPIC;

        @JsonValue
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A verification's answer.
     *
     * @param eventsReplayed events read from the source and applied to the shadow
     * @param eventsToMeetLive events then taken from the store so that the shadow stands where the live
     *                         copy stands (new appends while verifying)
     * @param refused          events the projection refused (dead-lettered live, passed over here)
     * @param liveBehind       streams on which the live copy had still not caught up with the shadow
     *                         when the wait ran out (it is then compared anyway)
     */
    public record Verification(String projection, Source source, boolean equal, long eventsReplayed, long eventsToMeetLive,
            int refused, long liveBehind, long gaps, double seconds, List<TableComparison> tables) {
    }

    /** How long the live copy gets to reach the point the shadow was built to. */
    private static final Duration LIVE_WAIT = Duration.ofSeconds(60);
    private static final int SAMPLE_ROWS = 5;

    @Inject
    Transactions transactions;

    @Inject
    Projector projector;

    @Inject
    PlatformSettings settings;

    @Inject
    KafkaClients kafka;

    @Inject
    EventCodec codec;

    @Inject
    ProjectionStatus status;

    public Verification verify(Projection projection, Source source) {
        long started = System.nanoTime();
        ShadowSchema shadow = ShadowSchema.create(transactions,
                ShadowSchema.nameFor("verify", projection.name() + "_" + UUID.randomUUID().toString().substring(0, 8)), projection.tables());
        try {
            ShadowBuild build = new ShadowBuild(transactions, projector, projection, shadow, settings.rebuildBatchSize());
            ShadowBuild.Progress quiet = (done, target, rate) -> {
            };
            if (source == Source.STORE) {
                build.fromStore(build.horizon(), quiet);
            } else {
                replayTopic(build);
            }
            long replayed = build.eventsRead();
            ShadowBuild.Comparison comparison = build.meetLiveAndCompare(LIVE_WAIT, SAMPLE_ROWS);
            List<TableComparison> tables = comparison.tables();
            long behind = comparison.liveBehind();
            long gaps = status.gaps(projection.name());
            boolean equal = behind == 0 && gaps == 0 && tables.stream().allMatch(TableComparison::equal);
            Verification verification = new Verification(projection.name(), source, equal, replayed, build.eventsRead() - replayed,
                    build.refused(), behind, gaps, (System.nanoTime() - started) / 1e9, tables);
            LOG.infof("verified %s against the %s: %s (%d events replayed, %d to meet the live copy, %.1f s)", projection.name(),
                    source.name().toLowerCase(), equal ? "equal" : "DIFFERENT", replayed, verification.eventsToMeetLive(), verification.seconds());
            return verification;
        } finally {
            shadow.drop(transactions);
        }
    }

    /** The live tables' digests, for comparing one moment with another (before and after a rebuild, say). */
    public List<TableDigest> digest(Projection projection) {
        return transactions.inNew(() -> {
            try (Connection c = transactions.connection()) {
                String schema = currentSchema(c);
                return ReadModelDigest.of(c, schema, schema, projection.name(), projection.tables());
            }
        });
    }

    /** Reads the service's topic from offset 0 to the end it had when the replay began. */
    private void replayTopic(ShadowBuild build) {
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(null, settings.rebuildBatchSize())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(settings.eventsTopic(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                List<StoredEvent> page = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    try {
                        CloudEvent event = CloudEventCodec.fromRecord(record);
                        if (settings.source().equals(event.source())) {
                            page.add(Delivered.asStored(event, codec));
                        }
                    } catch (RuntimeException unreadable) {
                        // Dead-lettered by location when it arrived live; nothing of a stream.
                        LOG.debugf("replay passes over an unreadable record at %s-%d@%d", record.topic(), record.partition(), record.offset());
                    }
                }
                build.apply(page);
            }
        }
    }

    private static String currentSchema(Connection c) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
