package org.reformplatform.eventsourcing.simulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.privacy.PersonalDataSealer;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.StoredEvent;

/** {@link History} over the service's event store: SELECTs only, in pages, never past {@code upTo}. */
final class StoreHistory implements History {

    private static final int PAGE = 5000;

    private final AgroalDataSource dataSource;
    private final EventStore store;
    private final PersonalDataSealer sealer;
    private final long upTo;
    private final Instant asOf;

    StoreHistory(AgroalDataSource dataSource, EventStore store, PersonalDataSealer sealer, long upTo, Instant asOf) {
        this.dataSource = dataSource;
        this.store = store;
        this.sealer = sealer;
        this.upTo = upTo;
        this.asOf = asOf;
    }

    /** The store's global position now: what a simulation starting now reads up to. */
    static long headOf(AgroalDataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT coalesce(max(position), 0) FROM events");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the store's position failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long upTo() {
        return upTo;
    }

    @Override
    public Instant asOf() {
        return asOf;
    }

    @Override
    public long count(Set<String> streamTypes) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM events WHERE position <= ? AND stream_type = ANY (?)")) {
            q.setLong(1, upTo);
            q.setArray(2, c.createArrayOf("text", streamTypes.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the history failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEach(Set<String> streamTypes, Consumer<RecordedEvent<Object>> each) {
        forEach(streamTypes, null, each);
    }

    @Override
    public void forEach(Set<String> streamTypes, Set<String> eventTypes, Consumer<RecordedEvent<Object>> each) {
        String sql = "SELECT " + EventStore.columns("e") + " FROM events e WHERE e.position > ? AND e.position <= ? "
                + "AND e.stream_type = ANY (?)" + (eventTypes == null ? "" : " AND e.event_type = ANY (?)") + " ORDER BY e.position LIMIT " + PAGE;
        long after = 0;
        while (true) {
            long from = after;
            List<StoredEvent> page = read(sql, (c, q) -> {
                q.setLong(1, from);
                q.setLong(2, upTo);
                q.setArray(3, c.createArrayOf("text", streamTypes.toArray()));
                if (eventTypes != null) {
                    q.setArray(4, c.createArrayOf("text", eventTypes.toArray()));
                }
            });
            decode(page, each);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).position();
        }
    }

    @Override
    public void forEachOfStreams(Collection<String> streamIds, Consumer<RecordedEvent<Object>> each) {
        String sql = "SELECT " + EventStore.columns("e") + " FROM events e WHERE e.stream_id = ANY (?) AND e.position <= ? ORDER BY e.position";
        decode(read(sql, (c, q) -> {
            q.setArray(1, c.createArrayOf("text", streamIds.toArray()));
            q.setLong(2, upTo);
        }), each);
    }

    /** A page decoded in order; its data subjects' keys are read in one statement first, not one per value opened. */
    private void decode(List<StoredEvent> page, Consumer<RecordedEvent<Object>> each) {
        sealer.holdKeysToOpen(page.stream().map(StoredEvent::payload).toList());
        for (StoredEvent row : page) {
            each.accept(store.decode(row));
        }
    }

    private interface Parameters {
        void set(Connection c, PreparedStatement q) throws SQLException;
    }

    private List<StoredEvent> read(String sql, Parameters parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            parameters.set(c, q);
            List<StoredEvent> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(EventStore.storedFrom(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the history failed: " + e.getMessage(), e);
        }
    }
}
