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
    private final List<Client> open = new ArrayList<>();

    DurableLimit(String database, String payload) {
        this.database = database;
        this.payload = payload;
        Databases.recreate(database);
        Databases.execute(database, "CREATE TABLE durable_limit (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload JSON NOT NULL)");
    }

    ClosedLoop.Raw run(int clients, Duration warmUp, Duration measured) {
        try {
            List<Client> mine = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                mine.add((Client) client());
            }
            return ClosedLoop.runRaw(Benchmark.DURABLE, clients, warmUp, measured, mine::get);
        } finally {
            closeClients();
        }
    }

    /** A client with a connection of its own; {@link #closeClients()} closes them all. */
    ClosedLoop.Step client() {
        Client client = new Client();
        synchronized (open) {
            open.add(client);
        }
        return client;
    }

    void closeClients() {
        synchronized (open) {
            open.forEach(Client::close);
            open.clear();
        }
    }

    void drop() {
        Databases.drop(database);
    }

    /** One connection, opened when first used and again after it broke (a server restart). */
    private final class Client implements ClosedLoop.Step {
        private Connection connection;

        @Override
        public ClosedLoop.Call next() throws SQLException {
            if (connection == null || connection.isClosed()) {
                connection = Databases.connect(database);
                connection.setAutoCommit(false);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO durable_limit (payload) VALUES (?::json)")) {
                insert.setString(1, payload);
                insert.executeUpdate();
                connection.commit();
                return ClosedLoop.Call.ok("insert+commit");
            } catch (SQLException e) {
                close();
                throw e;
            }
        }

        void close() {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // broken or closing after the run
            }
            connection = null;
        }
    }
}
