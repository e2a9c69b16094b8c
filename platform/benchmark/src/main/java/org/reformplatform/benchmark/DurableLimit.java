package org.reformplatform.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The durable limit: what PostgreSQL itself commits on this machine. Each client has its own
 * connection and inserts one row holding a payload of the same size as admissions' event, then
 * commits: the least any durable write path has to do per command.
 */
final class DurableLimit {

    private final String database;
    private final String payload;
    private final List<Connection> open = new ArrayList<>();

    DurableLimit(String database, String payload) {
        this.database = database;
        this.payload = payload;
        Databases.recreate(database);
        Databases.execute(database, "CREATE TABLE durable_limit (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload JSON NOT NULL)");
    }

    ClosedLoop.Result run(int clients, Duration warmUp, Duration measured) {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Connection c = Databases.connect(database);
                c.setAutoCommit(false);
                connections.add(c);
            }
            return ClosedLoop.run("durable-limit", clients, warmUp, measured, i -> {
                Connection c = connections.get(i);
                return () -> {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO durable_limit (payload) VALUES (?::json)")) {
                        insert.setString(1, payload);
                        insert.executeUpdate();
                    }
                    c.commit();
                    return ClosedLoop.Call.ok("insert+commit");
                };
            });
        } catch (SQLException e) {
            throw new IllegalStateException("durable limit: " + e.getMessage(), e);
        } finally {
            for (Connection c : connections) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing after the run
                }
            }
        }
    }

    /** A client with a connection of its own, for the fixed-rate run; {@link #closeClients()} closes them. */
    ClosedLoop.Step client() {
        try {
            Connection c = Databases.connect(database);
            c.setAutoCommit(false);
            synchronized (open) {
                open.add(c);
            }
            return () -> {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO durable_limit (payload) VALUES (?::json)")) {
                    insert.setString(1, payload);
                    insert.executeUpdate();
                }
                c.commit();
                return ClosedLoop.Call.ok("insert+commit");
            };
        } catch (SQLException e) {
            throw new IllegalStateException("durable limit: " + e.getMessage(), e);
        }
    }

    void closeClients() {
        synchronized (open) {
            for (Connection c : open) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing after the run
                }
            }
            open.clear();
        }
    }

    void drop() {
        Databases.drop(database);
    }
}
