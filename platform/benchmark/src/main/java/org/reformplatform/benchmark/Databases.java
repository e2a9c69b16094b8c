package org.reformplatform.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The local PostgreSQL server (127.0.0.1:5432, the login deploy/local uses): databases of this run. */
final class Databases {

    static final String HOST = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = System.getenv().getOrDefault("PLATFORM_DB_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("PLATFORM_DB_PASSWORD", "");

    private Databases() {
    }

    static String url(String database) {
        return HOST + database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    /** Drops the database if it exists (with its sessions) and creates it empty. */
    static void recreate(String database) {
        drop(database);
        admin("CREATE DATABASE \"" + database + "\"");
    }

    static void drop(String database) {
        admin("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
    }

    static boolean autovacuumOff() {
        try {
            return "off".equals(query("postgres", "SHOW autovacuum"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** VACUUM (ANALYZE) of a whole database: what autovacuum does by itself on a server where it is on. */
    static void vacuumAnalyze(String database) {
        execute(database, "VACUUM (ANALYZE)");
    }

    /** When the server last started: a change during a run means someone restarted it. */
    static String postmasterStarted() {
        try {
            return query("postgres", "SELECT pg_postmaster_start_time()::text");
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String serverVersion() {
        return query("postgres", "SHOW server_version");
    }

    static String query(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + database + " failed", e);
        }
    }

    static long count(String database, String sql) {
        String value = query(database, sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    static void execute(String database, String sql) {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + database + " failed", e);
        }
    }

    /**
     * Waits (up to {@code timeout}) until the server has {@code needed} connections to spare: on a
     * PostgreSQL shared with other platforms, a run must not take the last connections from them.
     * Returns the connections free when it went ahead.
     */
    static int awaitHeadroom(int needed, java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int free;
        while (true) {
            free = Integer.parseInt(query("postgres", "SELECT current_setting('max_connections')::int - count(*) FROM pg_stat_activity "
                    + "WHERE backend_type = 'client backend'"));
            if (free >= needed || System.nanoTime() > deadline) {
                return free;
            }
            ClosedLoop.sleep(1000);
        }
    }

    private static void admin(String sql) {
        execute("postgres", sql);
    }
}
