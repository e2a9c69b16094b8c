package org.reformplatform.eventsourcing.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import org.postgresql.util.PSQLException;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.outbox.OutboxSignal;

/**
 * The service's event store in PostgreSQL: append with optimistic concurrency, read a stream, read
 * everything from a global position. Appending also queues the events in the outbox, in the same
 * statement and therefore the same transaction.
 */
@ApplicationScoped
public class EventStore {

    private static final String COLUMNS_OF = "#position, #stream_id, #stream_type, #stream_version, #event_id, #event_type, "
            + "#schema_version, #payload::text, #metadata::text, #occurred_at";
    private static final String COLUMNS = COLUMNS_OF.replace("#", "");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventCodec codec;

    @Inject
    EventTypes types;

    @Inject
    PlatformMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    OutboxSignal outboxSignal;

    @Inject
    CommitOutcomes commitOutcomes;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<EventsAppended> appended;

    private final ConcurrentHashMap<Integer, String> appendStatements = new ConcurrentHashMap<>();

    /**
     * Appends events to a stream that must be at {@code expectedVersion} (0 for a new stream), in
     * the caller's transaction.
     *
     * @throws ConcurrencyConflict when another writer appended after {@code expectedVersion}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RecordedEvent<Object>> append(StreamRef stream, int expectedVersion, List<?> events, EventMetadata metadata) {
        if (events.isEmpty()) {
            return List.of();
        }
        // To the microsecond, as PostgreSQL keeps it: what a read model takes from an event inline
        // must be what a rebuild from the store takes.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime occurredAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        String metadataJson = codec.toJson(metadata);
        List<RecordedEvent<Object>> recorded = new ArrayList<>(events.size());
        List<StoredEvent> stored = new ArrayList<>(events.size());
        List<String> payloads = new ArrayList<>(events.size());
        String sql = appendStatements.computeIfAbsent(events.size(), EventStore::appendSql);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            List<UUID> ids = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                Object event = events.get(i);
                EventTypes.EventType type = types.of(event.getClass());
                UUID eventId = UUID.randomUUID();
                ids.add(eventId);
                insert.setString(p++, stream.id());
                insert.setString(p++, stream.type());
                insert.setInt(p++, expectedVersion + i + 1);
                insert.setObject(p++, eventId);
                insert.setString(p++, type.name());
                insert.setInt(p++, type.schemaVersion());
                String payload = codec.toEventJson(event, stream.id());
                payloads.add(payload);
                insert.setString(p++, payload);
                insert.setString(p++, metadataJson);
                insert.setObject(p++, occurredAt);
            }
            try (ResultSet rs = insert.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    Object event = events.get(i);
                    EventTypes.EventType type = types.of(event.getClass());
                    recorded.add(new RecordedEvent<>(rs.getLong(1), stream.id(), stream.type(), rs.getInt(2), ids.get(i),
                            type.name(), type.schemaVersion(), event, metadata, now));
                    stored.add(new StoredEvent(rs.getLong(1), stream.id(), stream.type(), rs.getInt(2), ids.get(i), type.name(),
                            type.schemaVersion(), payloads.get(i), metadataJson, now));
                    if (i == 0) {
                        commitOutcomes.witness(rs.getString(3), ids.get(0));
                    }
                    i++;
                }
            }
        } catch (SQLException e) {
            if (isVersionClash(e)) {
                metrics.conflict(stream.type());
                throw new ConcurrencyConflict(stream.id(), expectedVersion);
            }
            throw new StoreFailure("appending to " + stream + " failed", e);
        }
        metrics.appended(stream.type(), events.size());
        appended.fire(new EventsAppended(stored));
        outboxSignal.signalAfterCommit(transactions);
        return recorded;
    }

    /**
     * Waits for this stream's turn: a transaction-scoped advisory lock on it, so that writers of a
     * hot stream append one after another instead of colliding (see {@code Aggregates.handleInTurn}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurn(StreamRef stream) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, STREAM_TURNS);
            lock.setString(2, stream.id());
            lock.execute();
        } catch (SQLException e) {
            throw new StoreFailure("waiting for the turn of " + stream + " failed", e);
        }
    }

    /** The advisory-lock class of stream turns (the key's second half is the stream id's hash). */
    private static final int STREAM_TURNS = 20142;

    /** The stream's events after {@code afterVersion}, in order; empty if there are none or the stream is of another type. */
    public List<RecordedEvent<Object>> readStream(StreamRef stream, int afterVersion) {
        String sql = "SELECT " + COLUMNS + " FROM events WHERE stream_id = ? AND stream_version > ? AND stream_type = ? ORDER BY stream_version";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, stream.id());
            query.setInt(2, afterVersion);
            query.setString(3, stream.type());
            return read(query);
        } catch (SQLException e) {
            throw new StoreFailure("reading " + stream + " failed", e);
        }
    }

    /** Up to {@code limit} events after {@code afterPosition}, up to {@code untilPosition}, in position order. */
    public List<RecordedEvent<Object>> readAll(long afterPosition, long untilPosition, int limit) {
        return readAllStored(afterPosition, untilPosition, limit).stream().map(this::decode).toList();
    }

    /** The same rows as stored, not yet decoded: for readers that skip what they do not need. */
    public List<StoredEvent> readAllStored(long afterPosition, long untilPosition, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, afterPosition);
            query.setLong(2, untilPosition);
            query.setInt(3, limit);
            List<StoredEvent> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(storedFrom(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreFailure("reading all events after " + afterPosition + " failed", e);
        }
    }

    private List<RecordedEvent<Object>> read(PreparedStatement query) throws SQLException {
        List<RecordedEvent<Object>> events = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                events.add(decode(storedFrom(rs)));
            }
        }
        return events;
    }

    /** Turns a stored row into a domain event, upcasting old schema versions. */
    public RecordedEvent<Object> decode(StoredEvent row) {
        Object event = codec.decode(row.eventType(), row.schemaVersion(), row.payload());
        EventMetadata metadata;
        try {
            metadata = codec.mapper().readValue(row.metadata(), EventMetadata.class);
        } catch (Exception e) {
            throw new EventCodec.UndecodableEvent("metadata of " + row.eventId() + " is unreadable: " + e.getMessage());
        }
        return new RecordedEvent<>(row.position(), row.streamId(), row.streamType(), row.streamVersion(), row.eventId(),
                row.eventType(), row.schemaVersion(), event, metadata, row.occurredAt());
    }

    /** Reads a row selected with {@link #columns(String)}. */
    public static StoredEvent storedFrom(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getObject(5, UUID.class),
                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant());
    }

    /** The columns {@link #storedFrom} reads, qualified by a table alias. */
    public static String columns(String alias) {
        return COLUMNS_OF.replace("#", alias + ".");
    }

    private static boolean isVersionClash(SQLException e) {
        if (!"23505".equals(e.getSQLState())) {
            return false;
        }
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            return "events_stream_version_uq".equals(psql.getServerErrorMessage().getConstraint());
        }
        return e.getMessage() != null && e.getMessage().contains("events_stream_version_uq");
    }

    private static String appendSql(int count) {
        StringBuilder sql = new StringBuilder("WITH appended AS (INSERT INTO events "
                + "(stream_id, stream_type, stream_version, event_id, event_type, schema_version, payload, metadata, occurred_at) VALUES ");
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?::json, ?::jsonb, ?)");
        }
        sql.append(" RETURNING position, stream_version), queued AS (INSERT INTO outbox (position) SELECT position FROM appended) "
                + "SELECT position, stream_version, pg_current_xact_id()::text FROM appended ORDER BY stream_version");
        return sql.toString();
    }

    /** A database failure that is not a business outcome: the caller answers 503 or retries. */
    public static final class StoreFailure extends RuntimeException {
        public StoreFailure(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
