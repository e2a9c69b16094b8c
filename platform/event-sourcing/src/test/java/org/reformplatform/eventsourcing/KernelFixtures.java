package org.reformplatform.eventsourcing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.UnitOfWork;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.outbox.OutboxEnvelopes;
import org.reformplatform.eventsourcing.outbox.OutboxRelay;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.eventsourcing.sample.Tally;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.eventsourcing.store.StreamRef;
import org.reformplatform.testing.TopicReader;

/** Helpers the kernel tests share: writing tallies through the real command path, reading the topic and tables. */
@ApplicationScoped
public class KernelFixtures {

    @Inject
    Aggregates aggregates;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxEnvelopes envelopes;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public static final String TOPIC = "kerneltest.events";
    public static final String DEAD_LETTERS = "kerneltest.dead-letters";
    public static final String ERASURES = "kerneltest.erasures";

    public TallyId openTally(int limit) {
        return openTally(limit, "owner");
    }

    /** A tally whose owner (personal data) is {@code owner}. */
    public TallyId openTally(int limit, String owner) {
        TallyId id = TallyId.random();
        unitOfWork.run(true, () -> aggregates.handle(stream(id), Tally.DECIDER, new Tally.Open(id, owner, "org-a", limit)));
        return id;
    }

    public void increment(TallyId id, int by, String note) {
        unitOfWork.run(true, () -> aggregates.handle(stream(id), Tally.DECIDER, new Tally.Increment(by, note)));
    }

    /** Runs the commands with the outbox relay stopped: their events wait in the outbox until {@link #releaseRelay()}. */
    public void withRelayHeldOff(Runnable commands) {
        relay.stop();
        commands.run();
    }

    public void releaseRelay() {
        relay.start();
    }

    /** A stored event of the tally as the relay publishes it, to deliver by hand. */
    public ProducerRecord<String, byte[]> published(TallyId id, int version) throws Exception {
        return published("stream_id = ? AND stream_version = ?", id.value().toString(), version);
    }

    /** A stored event as the relay publishes it on the event topic, to deliver by hand. */
    public ProducerRecord<String, byte[]> published(UUID eventId) throws Exception {
        return published("event_id = ?", eventId);
    }

    private ProducerRecord<String, byte[]> published(String where, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + EventStore.columns("e") + " FROM events e WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                StoredEvent stored = EventStore.storedFrom(rs);
                return CloudEventCodec.toRecord(TOPIC, envelopes.toCloudEvent(stored));
            }
        }
    }

    public static StreamRef stream(TallyId id) {
        return StreamRef.of(Tally.STREAM_TYPE, id);
    }

    public TopicReader reader(String... topics) {
        return new TopicReader(bootstrapServers, topics);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Event ids in the store for the given streams, by stream, in version order. */
    public Map<String, List<UUID>> storedIds(List<String> streamIds) throws Exception {
        Map<String, List<UUID>> ids = new java.util.LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT stream_id, event_id FROM events WHERE stream_id = ANY (?) ORDER BY stream_id, stream_version")) {
            q.setArray(1, c.createArrayOf("text", streamIds.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                }
            }
        }
        return ids;
    }

    public long count(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Writes tallies straight into the store, unpublished (no outbox rows), streams interleaved as
     * concurrent writers would leave them: for tests that need a large log quickly.
     *
     * @return the number of events written
     */
    public long appendTalliesDirectly(int streams, int eventsPerStream) throws Exception {
        return appendTalliesDirectly(streams, eventsPerStream, 0, false);
    }

    /** The same, queued in the outbox for the relay, each increment noted with {@code noteLength} characters (events of about 1 KB with 900). */
    public long appendTalliesDirectly(int streams, int eventsPerStream, int noteLength) throws Exception {
        return appendTalliesDirectly(streams, eventsPerStream, noteLength, true);
    }

    private long appendTalliesDirectly(int streams, int eventsPerStream, int noteLength, boolean published) throws Exception {
        String sql = "INSERT INTO events (stream_id, stream_type, stream_version, event_id, event_type, schema_version, payload, metadata, occurred_at) "
                + "SELECT s.id::text, 'Tally', v, gen_random_uuid(), CASE WHEN v = 1 THEN 'TallyOpened' ELSE 'TallyIncremented' END, 1, "
                + "(CASE WHEN v = 1 THEN json_build_object('id', s.id, 'owner', 'bulk', 'organisation', 'org-a', 'limit', 1000000) "
                + "ELSE json_build_object('id', s.id, 'by', v, 'note', " + (noteLength == 0 ? "'bulk'" : "repeat('n', " + noteLength + ")") + ") END)::json, "
                + "json_build_object('correlationId', s.id, 'causationId', s.id, 'actor', 'bulk', 'organisation', 'org-a')::jsonb, now() "
                + "FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, ?)) s CROSS JOIN generate_series(1, ?) v ORDER BY v, s.id";
        if (published) {
            sql = "WITH appended AS (" + sql + " RETURNING position) INSERT INTO outbox (position) SELECT position FROM appended";
        }
        return execute(sql, streams, eventsPerStream);
    }

    /** Event ids selected by a query of one parameter. */
    public List<UUID> eventIds(String sql, Object parameter) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    public int execute(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            return q.executeUpdate();
        }
    }

    public List<List<Object>> rows(String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
