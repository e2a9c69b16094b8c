package org.reformplatform.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the database sessions of one database are doing, sampled every 50 ms from
 * pg_stat_activity while a run goes on: on CPU ("active"), waiting for the WAL to reach the disk
 * (IO:WALSync, LWLock:WALWrite), for a row lock, or idle waiting for the client ("ClientRead").
 * The shares say whether commits, locks or the application bound the run.
 */
final class PgActivity implements AutoCloseable {

    private final Map<String, Long> samples = new TreeMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long rounds;

    PgActivity(String database) {
        thread = new Thread(() -> sample(database), "pg-activity");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample(String database) {
        try (Connection c = Databases.connect("postgres");
             PreparedStatement query = c.prepareStatement("SELECT state, coalesce(wait_event_type || ':' || wait_event, 'on CPU') "
                     + "FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
            query.setString(1, database);
            while (running) {
                try (ResultSet rs = query.executeQuery()) {
                    synchronized (samples) {
                        rounds++;
                        while (rs.next()) {
                            String state = rs.getString(1);
                            String what = "idle".equals(state) ? "idle (no transaction)" : "idle in transaction".equals(state)
                                    ? "idle in transaction (" + rs.getString(2) + ")" : rs.getString(2);
                            samples.merge(what, 1L, Long::sum);
                        }
                    }
                }
                ClosedLoop.sleep(50);
            }
        } catch (SQLException e) {
            // the sample is best effort
        }
    }

    /** Average sessions in each state over the run (e.g. 3.2 sessions waiting for WALSync). */
    Map<String, Double> averageSessions() {
        synchronized (samples) {
            return average(samples, rounds);
        }
    }

    /** Adds this run's samples to a total over several runs (the slices of an interleaved run). */
    void addTo(Map<String, Long> totalSamples, long[] totalRounds) {
        synchronized (samples) {
            samples.forEach((k, v) -> totalSamples.merge(k, v, Long::sum));
            totalRounds[0] += rounds;
        }
    }

    static Map<String, Double> average(Map<String, Long> samples, long rounds) {
        Map<String, Double> average = new LinkedHashMap<>();
        samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> average.put(e.getKey(), Math.round(e.getValue() * 100.0 / Math.max(1, rounds)) / 100.0));
        return average;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
