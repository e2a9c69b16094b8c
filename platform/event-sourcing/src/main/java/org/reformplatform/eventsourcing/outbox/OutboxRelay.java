package org.reformplatform.eventsourcing.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.messaging.KafkaClients;
import org.reformplatform.eventsourcing.messaging.Topics;
import org.reformplatform.eventsourcing.ops.BackgroundLoop;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.privacy.PersonalDataEvent;
import org.reformplatform.eventsourcing.store.BatchStatements;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.StoredEvent;

/**
 * Publishes the outbox to the service's topic, in position order, exactly once.
 *
 * <ul>
 * <li><b>One publisher.</b> Of all replicas, only the holder of a PostgreSQL advisory lock publishes;
 * the lock lives as long as its connection, so a dead replica hands over by itself.</li>
 * <li><b>Order.</b> A stream's events commit in version order (the unique version constraint makes
 * a writer wait for the previous one), so publishing each batch in position order keeps every stream
 * in order. Events whose transactions commit late, behind a higher position, are still in the outbox
 * and go out with the next batch: a gap never loses an event.</li>
 * <li><b>Exactly once.</b> Each batch is one Kafka transaction: read_committed consumers see all of
 * it or none. Rows leave the outbox only after the broker committed the batch, together with the
 * offsets where it ended. After any failure, the relay reads the committed records past those
 * offsets and removes what it finds there from the outbox before publishing again, so a crash
 * between the broker's commit and the database's never publishes an event twice.</li>
 * <li><b>Erasure traffic twice.</b> Erasure requests and reports also go to the service's erasure
 * topic, in the same Kafka transaction, so that the other services need not read the whole event
 * topic to hear of them. Copies are not counted in the checkpoint but recorded in
 * {@code erasure_copies}; each recovery copies what was published without one (below). A copy can
 * repeat, and the handlers take each event id once.</li>
 * <li><b>Outages.</b> With the broker down, commands go on being accepted; the outbox grows (see
 * {@code platform.outbox.backlog}) and drains when the broker is back.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    // A batch is read in two steps, each with one plan whatever the sizes: the first positions of the
    // outbox (its primary key alone), then those events by primary key. As one join, the plan that
    // PostgreSQL settles on for a prepared statement walked the events table from its first position
    // whenever the outbox was large: 0.5 s per batch in a store of 300,000 events, more as the store
    // grows (docs/benchmarks.md, "The relay read the whole store for every batch").
    private static final String QUEUED_SQL = "SELECT position FROM outbox ORDER BY position LIMIT ?";
    // The envelope's extensions straight from the metadata column: parsing its JSON for every event
    // took half of the relay's own time per batch.
    private static final String OUTGOING_COLUMNS = EventStore.columns("e") + ", e.metadata->>'correlationId', "
            + "e.metadata->>'causationId', e.metadata->>'organisation', e.metadata->>'traceparent'";
    private static final String EVENTS_SQL = "SELECT " + OUTGOING_COLUMNS + " FROM events e WHERE e.position = ANY (?) ORDER BY e.position";
    // Erasure traffic published without a copy on the erasure topic (see copyUncopiedErasureTraffic). The types are
    // written out, not a parameter, so that the planner can use the partial index events_erasure_traffic.
    private static final String UNCOPIED_ERASURE_TRAFFIC_SQL = "SELECT " + OUTGOING_COLUMNS + " FROM events e WHERE e.event_type IN ("
            + PersonalDataEvent.EVENT_TYPES.stream().sorted().map(type -> "'" + type + "'").collect(Collectors.joining(", ")) + ") "
            + "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.position = e.position) "
            + "AND NOT EXISTS (SELECT 1 FROM erasure_copies c WHERE c.topic = ? AND c.position = e.position) ORDER BY e.position";
    private static final String RECORD_COPIES_SQL = "INSERT INTO erasure_copies (topic, position) SELECT ?, unnest(?::bigint[]) ON CONFLICT DO NOTHING";
    // Moves the topic's checkpoint of each partition forward (never back) to the offsets of three parameters: topic, partitions, offsets.
    private static final String CHECKPOINT_SQL = "INSERT INTO relay_checkpoint (topic, partition, next_offset) "
            + "SELECT ?, p, o FROM unnest(?::int[], ?::bigint[]) AS u(p, o) "
            + "ON CONFLICT (topic, partition) DO UPDATE SET next_offset = GREATEST(relay_checkpoint.next_offset, EXCLUDED.next_offset)";

    // The backlog gauge counts a large outbox at most this often (see nextBatch).
    private static final long BACKLOG_COUNT_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlatformSettings settings;

    @Inject
    KafkaClients clients;

    @Inject
    Topics topics;

    @Inject
    OutboxEnvelopes envelopes;

    @Inject
    OutboxSignal signal;

    @Inject
    PlatformMetrics metrics;

    private final AtomicLong backlog = new AtomicLong();
    private long backlogCountedAt = System.nanoTime() - BACKLOG_COUNT_INTERVAL_NANOS;
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private volatile boolean leader;
    private final BackgroundLoop worker = new BackgroundLoop("outbox-relay", this::loop);

    private Connection leaderConnection;
    private KafkaProducer<String, byte[]> producer;
    private boolean recovered;

    void onStart(@Observes StartupEvent startup) {
        metrics.gauge("platform.outbox.backlog", "Events stored but not yet published (leader's view)", backlog::get);
        metrics.gauge("platform.outbox.oldest.age.seconds", "Age of the oldest unpublished event", () -> oldestAgeMillis.get() / 1000.0);
        metrics.gauge("platform.outbox.leader", "1 on the replica that publishes the outbox", () -> leader ? 1 : 0);
        if (settings.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    public void start() {
        worker.start();
    }

    public void stop() {
        worker.stop();
    }

    public boolean isLeader() {
        return leader;
    }

    public long backlog() {
        return backlog.get();
    }

    private void loop() {
        long backoffMillis = 100;
        // An idle platform should cost next to nothing: empty polls space out (see platform.relay.idle-poll-max).
        Duration idleWait = settings.relayIdlePoll();
        // Read, not yet sent; sent and committed by the broker, not yet taken out of the outbox.
        List<Outgoing> batch = null;
        Published published = null;
        while (worker.running()) {
            try {
                if (!acquireLeadership()) {
                    sleep(Duration.ofSeconds(1));
                    continue;
                }
                if (producer == null) {
                    topics.ensure();
                    producer = clients.transactionalProducer(settings.service() + "-outbox-relay");
                    producer.initTransactions();
                    recovered = false;
                }
                if (!recovered) {
                    recover();
                    copyUncopiedErasureTraffic();
                    recovered = true;
                    batch = null;
                    published = null;
                }
                if (batch == null) {
                    batch = nextBatch(NOTHING);
                }
                if (batch.isEmpty()) {
                    if (published != null) {
                        markPublished(published);
                        published = null;
                    }
                    signal.await(idleWait);
                    idleWait = longer(idleWait);
                    batch = null;
                    continue;
                }
                idleWait = settings.relayIdlePoll();
                // While the broker takes this batch, the database takes the previous one out of the
                // outbox and gives the next (a backlog drains with the two working side by side).
                producer.beginTransaction();
                List<Future<RecordMetadata>> sent = send(batch);
                if (published != null) {
                    markPublished(published);
                    published = null;
                }
                boolean full = batch.size() >= settings.relayBatchSize();
                List<Outgoing> next = full ? nextBatch(batch) : null;
                producer.commitTransaction();
                published = new Published(batch, ends(sent));
                metrics.published(batch.size());
                backoffMillis = 100;
                if (!full) {
                    markPublished(published);
                    published = null;
                    if (!settings.relayLinger().isZero()) {
                        sleep(settings.relayLinger());
                    }
                }
                batch = next;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                if (!worker.running()) {
                    break;
                }
                LOG.warnf("outbox relay pass failed, retrying in %d ms: %s", backoffMillis, e.toString());
                metrics.relayFailure(e.getClass().getSimpleName());
                resetAfterFailure(e);
                batch = null;
                published = null;
                sleepQuietly(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 2000);
            }
        }
        closeProducer();
        releaseLeadership();
    }

    private Duration longer(Duration idleWait) {
        Duration doubled = idleWait.multipliedBy(2);
        return doubled.compareTo(settings.relayIdlePollMax()) > 0 ? settings.relayIdlePollMax() : doubled;
    }

    /** Holds or tries to take the advisory lock that makes this replica the publisher. */
    private boolean acquireLeadership() throws SQLException {
        if (leaderConnection != null) {
            return true;
        }
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, lockName());
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    connection.setAutoCommit(false);
                    leaderConnection = connection;
                    leader = true;
                    recovered = false;
                    LOG.infof("this replica now publishes the %s outbox", settings.service());
                    return true;
                }
            }
        }
        connection.close();
        return false;
    }

    /** An event to publish, with what its envelope needs of its metadata. */
    private record Outgoing(StoredEvent event, EventMetadata metadata) {
    }

    /** A batch the broker committed, with the offset after its last record per partition. */
    private record Published(List<Outgoing> batch, Map<Integer, Long> ends) {
    }

    private static final List<Outgoing> NOTHING = List.of();

    /**
     * The first events of the outbox in position order, but for those of {@code inFlight} (sent, not
     * yet taken out of it). Anything that committed late below them is in the outbox still and comes
     * first here: a stream's later event commits after its earlier one, so it cannot have gone ahead.
     */
    private List<Outgoing> nextBatch(List<Outgoing> inFlight) throws SQLException {
        int size = settings.relayBatchSize();
        Set<Long> sent = new HashSet<>();
        inFlight.forEach(outgoing -> sent.add(outgoing.event().position()));
        List<Long> queued = new ArrayList<>(size);
        try (PreparedStatement query = BatchStatements.prepare(leaderConnection, QUEUED_SQL)) {
            // The batch in flight is still in the outbox: read past it.
            query.setInt(1, size + sent.size());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next() && queued.size() < size) {
                    long position = rs.getLong(1);
                    if (!sent.contains(position)) {
                        queued.add(position);
                    }
                }
            }
        }
        List<Outgoing> batch = new ArrayList<>(queued.size());
        if (!queued.isEmpty()) {
            try (PreparedStatement query = BatchStatements.prepare(leaderConnection, EVENTS_SQL)) {
                query.setArray(1, leaderConnection.createArrayOf("bigint", queued.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        batch.add(outgoing(rs));
                    }
                }
            }
        }
        if (batch.size() < size) {
            backlog.set(batch.size() + inFlight.size());
        } else if (System.nanoTime() - backlogCountedAt >= BACKLOG_COUNT_INTERVAL_NANOS) {
            // A count of a large outbox costs the database tens of milliseconds: once a second is enough for a gauge
            // (an empty or short outbox is always counted exactly, above).
            backlogCountedAt = System.nanoTime();
            try (PreparedStatement count = leaderConnection.prepareStatement("SELECT count(*) FROM outbox");
                 ResultSet rs = count.executeQuery()) {
                rs.next();
                backlog.set(rs.getLong(1));
            }
        }
        leaderConnection.commit();
        List<Outgoing> oldest = inFlight.isEmpty() ? batch : inFlight;
        oldestAgeMillis.set(oldest.isEmpty() ? 0 : Duration.between(oldest.get(0).event().occurredAt(), Instant.now()).toMillis());
        return batch;
    }

    private static Outgoing outgoing(ResultSet rs) throws SQLException {
        return new Outgoing(EventStore.storedFrom(rs), new EventMetadata(uuid(rs.getString(11)), uuid(rs.getString(12)), null,
                rs.getString(13), rs.getString(14)));
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Sends a batch inside the open transaction. */
    private List<Future<RecordMetadata>> send(List<Outgoing> batch) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (Outgoing outgoing : batch) {
            CloudEvent event = envelopes.toCloudEvent(outgoing.event(), outgoing.metadata());
            sent.add(producer.send(CloudEventCodec.toRecord(settings.eventsTopic(), event)));
            if (PersonalDataEvent.EVENT_TYPES.contains(outgoing.event().eventType())) {
                // A failed send fails the commit, so the copy is as certain as the original.
                producer.send(CloudEventCodec.toRecord(settings.erasureTopic(), event));
            }
        }
        return sent;
    }

    /**
     * Copies to the erasure topic the erasure requests and reports that were published without a
     * copy: before the erasure topic existed, or by a replica of that older version that took the
     * outbox over after a newer one (a rolling update, a rollback), since every takeover by this
     * version recovers first. A request published only on the event topic would otherwise never
     * reach the other services, which read the erasure topics alone. Events still in the outbox are
     * left to the batches, which copy them. A crash before the copies are recorded repeats them; the
     * handlers take each event id once.
     */
    private void copyUncopiedErasureTraffic() throws Exception {
        String topic = settings.erasureTopic();
        List<Outgoing> uncopied = new ArrayList<>();
        try (PreparedStatement query = leaderConnection.prepareStatement(UNCOPIED_ERASURE_TRAFFIC_SQL)) {
            query.setString(1, topic);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    uncopied.add(outgoing(rs));
                }
            }
        }
        if (!uncopied.isEmpty()) {
            producer.beginTransaction();
            for (Outgoing outgoing : uncopied) {
                producer.send(CloudEventCodec.toRecord(topic, envelopes.toCloudEvent(outgoing.event(), outgoing.metadata())));
            }
            producer.commitTransaction();
            recordCopies(uncopied);
            LOG.infof("copied %d erasure requests and reports published without a copy to %s", uncopied.size(), topic);
        }
        leaderConnection.commit();
    }

    /** Records the erasure traffic of a batch as copied to the erasure topic, in the caller's transaction. */
    private void recordCopies(List<Outgoing> batch) throws SQLException {
        Long[] copied = batch.stream().filter(outgoing -> PersonalDataEvent.EVENT_TYPES.contains(outgoing.event().eventType()))
                .map(outgoing -> outgoing.event().position()).toArray(Long[]::new);
        if (copied.length == 0) {
            return;
        }
        try (PreparedStatement record = leaderConnection.prepareStatement(RECORD_COPIES_SQL)) {
            record.setString(1, settings.erasureTopic());
            record.setArray(2, leaderConnection.createArrayOf("bigint", copied));
            record.executeUpdate();
        }
    }

    /** Per partition, the offset after the last record of a committed transaction. */
    private static Map<Integer, Long> ends(List<Future<RecordMetadata>> sent) throws Exception {
        Map<Integer, Long> ends = new HashMap<>();
        for (Future<RecordMetadata> future : sent) {
            RecordMetadata metadata = future.get();
            ends.merge(metadata.partition(), metadata.offset() + 1, Math::max);
        }
        return ends;
    }

    /**
     * Takes a batch the broker committed out of the outbox, with the checkpoint where it ended, in one
     * transaction and one statement (the delete and the checkpoint were two round trips of every batch);
     * a batch with erasure traffic also records its copies.
     */
    private void markPublished(Published published) throws SQLException {
        try (PreparedStatement mark = BatchStatements.prepare(leaderConnection, "WITH published AS (DELETE FROM outbox WHERE position = ANY (?)) "
                + CHECKPOINT_SQL)) {
            mark.setArray(1, positions(published.batch()));
            checkpoint(mark, 2, published.ends());
            mark.executeUpdate();
        }
        recordCopies(published.batch());
        leaderConnection.commit();
    }

    private void checkpoint(PreparedStatement statement, int first, Map<Integer, Long> ends) throws SQLException {
        statement.setString(first, settings.eventsTopic());
        statement.setArray(first + 1, leaderConnection.createArrayOf("int4", ends.keySet().toArray()));
        statement.setArray(first + 2, leaderConnection.createArrayOf("int8", ends.values().toArray()));
    }

    private Array positions(List<Outgoing> batch) throws SQLException {
        Long[] positions = new Long[batch.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = batch.get(i).event().position();
        }
        return leaderConnection.createArrayOf("bigint", positions);
    }

    /**
     * Finds what a previous attempt published but did not mark: the committed records past the
     * checkpoint, matched by event id (positions could repeat if a database were rebuilt beside an
     * old topic; event ids never do). Each of this relay's Kafka transactions is committed or aborted
     * by the time {@code initTransactions} returned.
     */
    private void recover() throws Exception {
        String topic = settings.eventsTopic();
        Map<Integer, Long> checkpoint = loadCheckpoint(topic);
        List<PartitionInfo> partitions = producer.partitionsFor(topic);
        List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Set<UUID> alreadyPublished = new HashSet<>();
        Map<Integer, Long> ends = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = clients.consumer(null, 1000)) {
            consumer.assign(assigned);
            Map<TopicPartition, Long> endOffsets = consumer.endOffsets(assigned, Duration.ofSeconds(10));
            for (TopicPartition tp : assigned) {
                long end = endOffsets.get(tp);
                long from = Math.min(checkpoint.getOrDefault(tp.partition(), 0L), end);
                consumer.seek(tp, from);
                ends.put(tp.partition(), end);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!caughtUp(consumer, endOffsets)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("recovery could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    UUID eventId = CloudEventCodec.idOf(record);
                    if (eventId != null) {
                        alreadyPublished.add(eventId);
                    }
                }
            }
        }
        if (!alreadyPublished.isEmpty()) {
            LOG.infof("outbox recovery: %d events were already on %s, not publishing them again", alreadyPublished.size(), topic);
            try (PreparedStatement delete = BatchStatements.prepare(leaderConnection,
                    "DELETE FROM outbox o USING events e WHERE o.position = e.position AND e.event_id = ANY (?)")) {
                delete.setArray(1, leaderConnection.createArrayOf("uuid", alreadyPublished.toArray()));
                delete.executeUpdate();
            }
        }
        saveCheckpoint(ends);
        leaderConnection.commit();
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> endOffsets) {
        for (Map.Entry<TopicPartition, Long> end : endOffsets.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Map<Integer, Long> loadCheckpoint(String topic) throws SQLException {
        Map<Integer, Long> checkpoint = new HashMap<>();
        try (PreparedStatement query = leaderConnection.prepareStatement("SELECT partition, next_offset FROM relay_checkpoint WHERE topic = ?")) {
            query.setString(1, topic);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    checkpoint.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return checkpoint;
    }

    private void saveCheckpoint(Map<Integer, Long> ends) throws SQLException {
        try (PreparedStatement upsert = BatchStatements.prepare(leaderConnection, CHECKPOINT_SQL)) {
            checkpoint(upsert, 1, ends);
            upsert.executeUpdate();
        }
    }

    /**
     * After a failure, start clean: a new producer (its initTransactions aborts whatever the old one
     * left open) and a recovery pass; on a database failure, also give up leadership, since the lock
     * may have gone with the connection.
     */
    private void resetAfterFailure(Exception failure) {
        closeProducer();
        recovered = false;
        if (leaderConnection != null) {
            try {
                leaderConnection.rollback();
                if (!leaderConnection.isValid(2)) {
                    releaseLeadership();
                }
            } catch (SQLException e) {
                releaseLeadership();
            }
        }
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (Exception ignored) {
                // a producer that cannot even close is gone anyway
            }
            producer = null;
        }
    }

    private void releaseLeadership() {
        leader = false;
        if (leaderConnection != null) {
            // The connection goes back to the pool, not away: a session-level advisory lock would stay
            // held by it, and no replica (this one included, on another pooled connection) could take
            // the outbox over until the pool happened to close that connection. So unlock it first,
            // even when stopping (a stop interrupts this thread).
            boolean interrupted = Thread.interrupted();
            try (PreparedStatement unlock = leaderConnection.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
                leaderConnection.rollback();
                unlock.setString(1, lockName());
                unlock.execute();
            } catch (SQLException ignored) {
                // a broken connection is closed by the pool, and its session's locks go with it
            }
            try {
                leaderConnection.close();
            } catch (SQLException ignored) {
                // as above
            }
            leaderConnection = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String lockName() {
        return "outbox-relay:" + settings.service();
    }

    private void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
