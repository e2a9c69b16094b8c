package org.reformplatform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Looks into the service's event store from a {@code @QuarkusTest}: refused requests must leave it
 * exactly as it was.
 *
 * <pre>
 * EventStoreProbe.assertNoEventWritten(() -> given()...post(...).then().statusCode(409));
 * </pre>
 */
public final class EventStoreProbe {

    private EventStoreProbe() {
    }

    /** Events in the store, all streams. */
    public static long eventCount() {
        return count("SELECT count(*) FROM events");
    }

    /** Events of one stream. */
    public static long eventCount(String streamId) {
        return count("SELECT count(*) FROM events WHERE stream_id = ?", streamId);
    }

    /** Runs the request (with its own assertions) and asserts it appended nothing to the store. */
    public static void assertNoEventWritten(Runnable request) {
        long before = eventCount();
        request.run();
        assertThat(eventCount()).as("events in the store after a refused request").isEqualTo(before);
    }

    /** The rows a query of the service's own database answers, each as its columns' values (an array argument binds as a SQL array). */
    public static List<List<Object>> rows(String sql, Object... args) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(rs.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A count from the service's own database, e.g. of the events parked for a key. */
    public static long count(String sql, Object... args) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
