package org.reformplatform.systemtests.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The services' event stores, read over JDBC exactly as they are (read-only): what was written, by
 * which request (the correlation id a caller sent in {@code X-Correlation-Id}), and what is still
 * waiting in the outbox.
 */
public final class EventStores {

    /** One stored event: what exactness checks compare with the topic. */
    public record StoredEvent(long position, UUID eventId, String streamId, String streamType, String eventType, UUID correlationId,
                              String payload) {
    }

    private final Function<String, String> jdbcUrl;

    /** @param jdbcUrl the JDBC URL of a service's database (LocalPlatform::jdbcUrl) */
    public EventStores(Function<String, String> jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    public long count(String service) {
        return single(service, "SELECT count(*) FROM events");
    }

    public long outboxBacklog(String service) {
        return single(service, "SELECT count(*) FROM outbox");
    }

    /** How many events were written by requests that sent these correlation ids. */
    public long countByCorrelation(String service, Collection<UUID> correlationIds) {
        if (correlationIds.isEmpty()) {
            return 0;
        }
        try (Connection c = connect(service);
             PreparedStatement query = c.prepareStatement("SELECT count(*) FROM events WHERE (metadata->>'correlationId')::uuid = ANY (?)")) {
            Array ids = c.createArrayOf("uuid", correlationIds.toArray());
            query.setArray(1, ids);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + e.getMessage(), e);
        }
    }

    /** The events written by requests with these correlation ids, by correlation id. */
    public Map<UUID, List<StoredEvent>> byCorrelation(String service, Collection<UUID> correlationIds) {
        Map<UUID, List<StoredEvent>> found = new LinkedHashMap<>();
        if (correlationIds.isEmpty()) {
            return found;
        }
        try (Connection c = connect(service);
             PreparedStatement query = c.prepareStatement(SELECT + " WHERE (metadata->>'correlationId')::uuid = ANY (?) ORDER BY position")) {
            query.setArray(1, c.createArrayOf("uuid", correlationIds.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    StoredEvent event = read(rs);
                    found.computeIfAbsent(event.correlationId(), k -> new ArrayList<>()).add(event);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + e.getMessage(), e);
        }
    }

    /** Every event of the service's store, in position order. */
    public List<StoredEvent> all(String service) {
        return since(service, Long.MIN_VALUE);
    }

    /** The position of the store's last event (0 when it is empty): a cut after which a test reads only what it caused. */
    public long lastPosition(String service) {
        return single(service, "SELECT coalesce(max(position), 0) FROM events");
    }

    /**
     * The events after {@code position}, in position order. Taken as a cut while nothing is in flight
     * (see {@link Quiescence}), so that no transaction begun before it commits a lower position later.
     */
    public List<StoredEvent> since(String service, long position) {
        List<StoredEvent> events = new ArrayList<>();
        try (Connection c = connect(service); PreparedStatement query = c.prepareStatement(SELECT + " WHERE position > ? ORDER BY position")) {
            query.setLong(1, position);
            query.setFetchSize(2000);
            c.setAutoCommit(false);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    events.add(read(rs));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + e.getMessage(), e);
        }
    }

    /** The rows of any query on the service's database, as text (for checks on tables beside the store, e.g. deadlines). */
    public List<List<String>> query(String service, String sql) {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = connect(service); PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + e.getMessage(), e);
        }
    }

    private static final String SELECT = "SELECT position, event_id, stream_id, stream_type, event_type, metadata->>'correlationId', payload::text FROM events";

    private static StoredEvent read(ResultSet rs) throws SQLException {
        String correlation = rs.getString(6);
        return new StoredEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                correlation == null ? null : UUID.fromString(correlation), rs.getString(7));
    }

    private long single(String service, String sql) {
        try (Connection c = connect(service); PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + e.getMessage(), e);
        }
    }

    private Connection connect(String service) throws SQLException {
        DriverManager.setLoginTimeout(10);
        return DriverManager.getConnection(jdbcUrl.apply(service), System.getProperty("platform.db-user", "postgres"),
                System.getProperty("platform.db-password", ""));
    }
}
