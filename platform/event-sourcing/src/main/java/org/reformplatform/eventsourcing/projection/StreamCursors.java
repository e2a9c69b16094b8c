package org.reformplatform.eventsourcing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.reformplatform.eventsourcing.store.BatchStatements;
import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * The SQL behind {@link Projector}: per projection and stream, the last version taken
 * ({@code projection_cursors}) and the events waiting for a missing one ({@code projection_gaps}).
 * Table names are unqualified on purpose: in a shadow build the shadow schema comes first on the
 * search path and its own copies of both tables stand in for the live ones. The statements that
 * join a batch of streams to the live cursors are planned at each call ({@link BatchStatements}):
 * the cursors grow from none to one per stream and projection, and a plan cached while there were
 * few scanned them all for every batch and every command (150 ms a cursor update on a platform of
 * 450,000 cursors whose statistics were never refreshed). A shadow build's own two statements
 * ({@link #readAlone}, {@link #write}) keep their cached plans: its schema is new and never
 * analysed, and without statistics PostgreSQL planned each call of {@code readAlone} for the
 * projection's constant alone and read all its cursors (18 ms against 0.8 ms for 100,000 cursors;
 * rebuilds of 500,000 events 20-25 % slower in two pairs of quick runs); and so that their cached
 * plans are made with statistics, a shadow build analyses its tables as they grow.
 */
final class StreamCursors {

    /** The cursors of a batch's streams, locked, and which of those streams have events waiting. */
    record Locked(Map<String, Integer> versions, List<String> withGaps, Set<String> absent) {

        Locked(Map<String, Integer> versions, List<String> withGaps) {
            this(versions, withGaps, Set.of());
        }
    }

    private final Transactions transactions;

    StreamCursors(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * The committed cursors of the given streams, by projection, read without locking, in one
     * statement (streams without one are left out). A cursor only ever moves forward, so an event at
     * or below what this returns has been applied by a committed transaction: a duplicate, whatever
     * happens meanwhile.
     */
    Map<String, Map<String, Integer>> committed(Map<String, ? extends Collection<String>> streamsByProjection) {
        List<String> projections = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        streamsByProjection.forEach((projection, its) -> its.forEach(stream -> {
            projections.add(projection);
            streams.add(stream);
        }));
        Map<String, Map<String, Integer>> versions = new HashMap<>();
        streamsByProjection.keySet().forEach(projection -> versions.put(projection, new HashMap<>()));
        if (projections.isEmpty()) {
            return versions;
        }
        try (Connection c = transactions.connection();
             PreparedStatement query = BatchStatements.prepare(c, "SELECT c.projection, c.stream_id, c.version FROM projection_cursors c "
                     + "JOIN unnest(?::text[], ?::text[]) AS u(p, s) ON c.projection = u.p AND c.stream_id = u.s")) {
            query.setArray(1, c.createArrayOf("text", projections.toArray()));
            query.setArray(2, c.createArrayOf("text", streams.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    versions.get(rs.getString(1)).put(rs.getString(2), rs.getInt(3));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new StoreFailure("reading the cursors of " + streamsByProjection.keySet() + " failed", e);
        }
    }

    /**
     * Locks the cursors of the given streams (creating them at 0), in stream-id order so that two
     * replicas handed the same streams during a rebalance wait for each other instead of both
     * applying, and without deadlocking.
     */
    Locked lock(String projection, Collection<String> sortedStreams) {
        return lock(Map.of(projection, sortedStreams), List.of()).get(projection);
    }

    /**
     * {@link #lock(String, Collection)} for several projections at once, in one statement: each
     * cursor is created at 0 or, when it exists, locked by a no-op update (an insert-or-lock that is
     * atomic under concurrent writers, and returns the version as it stands once locked), in
     * (projection, stream id) order, the order in which a transaction of a single projection takes
     * its own too, so that neither deadlocks with the other. Before any cursor, the statement enters
     * the live updates of the projections named in {@code entering} ({@link LiveUpdates#ENTER}, the
     * order the transactions that enter on their own take too). An insert, a separate
     * {@code SELECT ... FOR UPDATE} and the live-update lock were three statements of each of a
     * command's appends where one will do.
     */
    Map<String, Locked> lock(Map<String, ? extends Collection<String>> streamsByProjection, Collection<String> entering) {
        List<String> projections = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        new TreeMap<>(streamsByProjection).forEach((projection, its) -> new TreeSet<>(its).forEach(stream -> {
            projections.add(projection);
            streams.add(stream);
        }));
        Map<String, Map<String, Integer>> versions = new HashMap<>();
        Map<String, List<String>> withGaps = new HashMap<>();
        // The live-update locks are an init plan: taken once, before the first cursor's row.
        try (Connection c = transactions.connection();
             PreparedStatement lock = c.prepareStatement("WITH live AS MATERIALIZED (" + LiveUpdates.ENTER + ") "
                     + "INSERT INTO projection_cursors AS c (projection, stream_id, version) "
                     + "SELECT p, s, 0 FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS u(p, s, n) "
                     + "WHERE (SELECT count(*) FROM live) >= 0 ORDER BY n "
                     + "ON CONFLICT (projection, stream_id) DO UPDATE SET version = c.version "
                     + "RETURNING c.projection, c.stream_id, c.version, "
                     + "EXISTS (SELECT 1 FROM projection_gaps g WHERE g.projection = c.projection AND g.stream_id = c.stream_id)")) {
            lock.setArray(1, c.createArrayOf("text", LiveUpdates.inOrder(entering)));
            lock.setArray(2, c.createArrayOf("text", projections.toArray()));
            lock.setArray(3, c.createArrayOf("text", streams.toArray()));
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    String projection = rs.getString(1);
                    versions.computeIfAbsent(projection, p -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                    if (rs.getBoolean(4)) {
                        withGaps.computeIfAbsent(projection, p -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreFailure("locking the cursors of " + streamsByProjection.keySet() + " failed", e);
        }
        Map<String, Locked> locked = new HashMap<>();
        streamsByProjection.keySet().forEach(projection -> locked.put(projection,
                new Locked(versions.getOrDefault(projection, Map.of()), withGaps.getOrDefault(projection, List.of()))));
        return locked;
    }

    /**
     * For the one writer of a set of cursors (a shadow build: nothing else writes its schema's
     * cursors): the cursors of the given streams in one statement, without creating or locking them;
     * a stream without one stands at 0 and is {@code absent} ({@link #write} creates it).
     */
    Locked readAlone(String projection, Collection<String> streams) {
        try (Connection c = transactions.connection();
             PreparedStatement query = c.prepareStatement("SELECT c.stream_id, c.version, EXISTS (SELECT 1 FROM projection_gaps g "
                     + "WHERE g.projection = c.projection AND g.stream_id = c.stream_id) FROM projection_cursors c "
                     + "WHERE c.projection = ? AND c.stream_id = ANY (?)")) {
            query.setString(1, projection);
            query.setArray(2, c.createArrayOf("text", streams.toArray()));
            Map<String, Integer> versions = new HashMap<>();
            List<String> withGaps = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), rs.getInt(2));
                    if (rs.getBoolean(3)) {
                        withGaps.add(rs.getString(1));
                    }
                }
            }
            Set<String> absent = new HashSet<>();
            for (String stream : streams) {
                if (versions.putIfAbsent(stream, 0) == null) {
                    absent.add(stream);
                }
            }
            return new Locked(versions, withGaps, absent);
        } catch (SQLException e) {
            throw new StoreFailure("reading the cursors of " + projection + " failed", e);
        }
    }

    /** For the one writer of a set of cursors: creates or moves them, in one statement. */
    void write(String projection, Map<String, Integer> versions) {
        if (versions.isEmpty()) {
            return;
        }
        try (Connection c = transactions.connection();
             PreparedStatement upsert = c.prepareStatement("INSERT INTO projection_cursors (projection, stream_id, version) "
                     + "SELECT ?, u.s, u.v FROM unnest(?::text[], ?::int[]) AS u(s, v) "
                     + "ON CONFLICT (projection, stream_id) DO UPDATE SET version = EXCLUDED.version")) {
            upsert.setString(1, projection);
            upsert.setArray(2, c.createArrayOf("text", versions.keySet().toArray()));
            upsert.setArray(3, c.createArrayOf("int4", versions.values().toArray()));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("writing the cursors of " + projection + " failed", e);
        }
    }

    /** The events waiting in the given streams, by stream and version. */
    Map<String, TreeMap<Integer, StoredEvent>> waiting(String projection, List<String> streams) {
        Map<String, TreeMap<Integer, StoredEvent>> waiting = new HashMap<>();
        if (streams.isEmpty()) {
            return waiting;
        }
        try (Connection c = transactions.connection()) {
            try (PreparedStatement query = BatchStatements.prepare(c, "SELECT position, stream_id, stream_type, stream_version, event_id, "
                    + "event_type, schema_version, payload, metadata, occurred_at FROM projection_gaps "
                    + "WHERE projection = ? AND stream_id = ANY (?)")) {
                query.setString(1, projection);
                query.setArray(2, c.createArrayOf("text", streams.toArray()));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        StoredEvent event = new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getObject(5, UUID.class), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                                rs.getObject(10, OffsetDateTime.class).toInstant());
                        waiting.computeIfAbsent(event.streamId(), s -> new TreeMap<>()).put(event.streamVersion(), event);
                    }
                }
            }
            return waiting;
        } catch (SQLException e) {
            throw new StoreFailure("reading the gaps of " + projection + " failed", e);
        }
    }

    /** Moves the cursors of the given streams, all locked by {@link #lock}, to their new versions. */
    void advance(String projection, Map<String, Integer> versions) {
        advance(Map.of(projection, versions));
    }

    /** {@link #advance(String, Map)} for several projections at once, in one statement. */
    void advance(Map<String, Map<String, Integer>> versionsByProjection) {
        List<String> projections = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        versionsByProjection.forEach((projection, its) -> its.forEach((stream, version) -> {
            projections.add(projection);
            streams.add(stream);
            versions.add(version);
        }));
        if (projections.isEmpty()) {
            return;
        }
        try (Connection c = transactions.connection()) {
            try (PreparedStatement update = BatchStatements.prepare(c, "UPDATE projection_cursors SET version = u.v "
                    + "FROM unnest(?::text[], ?::text[], ?::int[]) AS u(p, s, v) WHERE projection = u.p AND stream_id = u.s")) {
                update.setArray(1, c.createArrayOf("text", projections.toArray()));
                update.setArray(2, c.createArrayOf("text", streams.toArray()));
                update.setArray(3, c.createArrayOf("int4", versions.toArray()));
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreFailure("advancing the cursors of " + versionsByProjection.keySet() + " failed", e);
        }
    }

    /** Keeps events that came ahead of their stream until the missing ones arrive. */
    void park(String projection, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection c = transactions.connection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO projection_gaps (projection, stream_id, stream_version, "
                    + "position, stream_type, event_id, event_type, schema_version, payload, metadata, occurred_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (StoredEvent e : events) {
                    insert.setString(1, projection);
                    insert.setString(2, e.streamId());
                    insert.setInt(3, e.streamVersion());
                    insert.setLong(4, e.position());
                    insert.setString(5, e.streamType());
                    insert.setObject(6, e.eventId());
                    insert.setString(7, e.eventType());
                    insert.setInt(8, e.schemaVersion());
                    insert.setString(9, e.payload());
                    insert.setString(10, e.metadata());
                    insert.setObject(11, OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreFailure("parking events of " + projection + " failed", e);
        }
    }

    /** Forgets waiting events that have now been applied. */
    void unpark(String projection, List<StoredEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection c = transactions.connection()) {
            try (PreparedStatement delete = BatchStatements.prepare(c, "DELETE FROM projection_gaps WHERE projection = ? "
                    + "AND (stream_id, stream_version) IN (SELECT * FROM unnest(?::text[], ?::int[]))")) {
                delete.setString(1, projection);
                delete.setArray(2, c.createArrayOf("text", events.stream().map(StoredEvent::streamId).toArray()));
                delete.setArray(3, c.createArrayOf("int4", events.stream().map(StoredEvent::streamVersion).toArray()));
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreFailure("releasing parked events of " + projection + " failed", e);
        }
    }
}
