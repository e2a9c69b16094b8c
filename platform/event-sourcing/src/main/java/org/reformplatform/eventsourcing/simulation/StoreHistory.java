package org.reformplatform.eventsourcing.simulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.StoredEvent;

/** {@link History} over the service's event store: SELECTs only, in pages, never past {@code upTo}. */
final class StoreHistory implements History {

    private static final int PAGE = 5000;

    private final AgroalDataSource dataSource;
    private final EventStore store;
    private final long upTo;
    private final Instant asOf;

    StoreHistory(AgroalDataSource dataSource, EventStore store, long upTo, Instant asOf) {
        this.dataSource = dataSource;
        this.store = store;
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
        long after = 0;
        while (true) {
            List<StoredEvent> page = page(streamTypes, after);
            for (StoredEvent row : page) {
                each.accept(store.decode(row));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).position();
        }
    }

    private List<StoredEvent> page(Set<String> streamTypes, long after) {
        String sql = "SELECT " + EventStore.columns("e") + " FROM events e WHERE e.position > ? AND e.position <= ? "
                + "AND e.stream_type = ANY (?) ORDER BY e.position LIMIT " + PAGE;
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, after);
            q.setLong(2, upTo);
            q.setArray(3, c.createArrayOf("text", streamTypes.toArray()));
            List<StoredEvent> rows = new ArrayList<>(PAGE);
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
