package org.reformplatform.eventsourcing.privacy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.reformplatform.eventsourcing.command.Aggregates;

/**
 * Erasures made by another replica of this service, heard here: the replica LISTENs on
 * {@value #CHANNEL}, which a trigger on {@code personal_data_keys} notifies when a subject's key
 * becomes a tombstone (migration V2026.12.11.01), and on every notice it drops every cached key and
 * every cached aggregate state (which may hold a forgotten subject's data in clear, opened before
 * the erasure). Without it, a replica that did not run the erasure served a cached state, name
 * included, until the stream got a new event or the replica restarted. The replica that runs an
 * erasure drops its own at once ({@link SubjectRequests#afterErasure}); the others when the notice
 * arrives, as its transaction commits.
 *
 * <p>A notice sent while the replica is not listening is lost, so the caches are dropped each time
 * it starts to listen: at start-up (a request may have filled them first) and after a lost
 * connection; and while it cannot listen, at every failed attempt (one a second), so that a replica
 * that cannot hear erasures keeps no cached state past its next attempt. The connection is its own,
 * not the pool's, made from the data source's URL, user and driver properties: it is held for the
 * replica's lifetime and waits in a socket read, so an idle replica costs the database nothing but a
 * check every {@code platform.personal-data.erasure-watch} (10 s) that the connection is still there.
 */
@ApplicationScoped
public class ErasureWatch {

    static final String CHANNEL = "personal_data_forgotten";
    /** How the watch's connection is named in pg_stat_activity. */
    static final String APPLICATION_NAME = "erasure-watch";

    private static final Logger LOG = Logger.getLogger(ErasureWatch.class);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);
    private static final String DRIVER_PROPERTIES = "quarkus.datasource.jdbc.additional-jdbc-properties.";

    @Inject
    SubjectKeys keys;

    @Inject
    Aggregates aggregates;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "platform.personal-data.erasure-watch", defaultValue = "10S")
    Duration checkEvery;

    private final AtomicLong drops = new AtomicLong();
    private volatile boolean stopped;
    private volatile Connection connection;
    private volatile boolean listening;
    private Thread watch;

    void onStart(@Observes StartupEvent startup) {
        watch = new Thread(this::watch, "erasure-watch");
        watch.setDaemon(true);
        watch.start();
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stopped = true;
        Connection connection = this.connection;
        if (connection != null) {
            try {
                connection.close();   // ends the wait in getNotifications at once
            } catch (SQLException | RuntimeException e) {
                LOG.debugf(e, "erasure watch: closing its connection failed");
            }
        }
    }

    /** How many times the caches were dropped: each notice heard, and each time the watch began to listen. */
    public long drops() {
        return drops.get();
    }

    /** Whether the watch listens now (it does not while its connection is lost, for a second or so). */
    public boolean listening() {
        return listening;
    }

    private void watch() {
        while (!stopped) {
            try {
                listenUntilLost();
            } catch (SQLException | RuntimeException e) {
                if (stopped) {
                    return;
                }
                LOG.warnf("erasure watch: not listening (%s); trying again in %d s, the caches dropped meanwhile",
                        e.getMessage(), RECONNECT_AFTER.toSeconds());
                // Deaf, it cannot tell a cached state from a forgotten one: none is kept longer than an attempt.
                dropCaches();
                pause();
            }
        }
    }

    private void listenUntilLost() throws SQLException {
        try (Connection connection = connect()) {
            this.connection = connection;
            listen(connection);
            dropCaches();   // what was forgotten before this point was not heard
            listening = true;
            PGConnection notices = connection.unwrap(PGConnection.class);
            while (!stopped) {
                PGNotification[] heard = notices.getNotifications((int) checkEvery.toMillis());
                if (heard != null && heard.length > 0) {
                    dropCaches();
                } else if (!connection.isValid((int) Math.max(1, checkEvery.toSeconds()))) {
                    throw new SQLException("the connection is no longer valid");
                }
            }
        } finally {
            listening = false;
            this.connection = null;
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        // As the pool's connections are made: its driver properties too (TLS, a socket factory), then ours.
        Config config = ConfigProvider.getConfig();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(DRIVER_PROPERTIES)) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> properties.setProperty(name.substring(DRIVER_PROPERTIES.length()), value));
            }
        }
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("the data source's URL is not a PostgreSQL one: " + url);
        }
        return connection;
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
        }
    }

    private void dropCaches() {
        // Keys first: a state folded after its cache was cleared then finds no key to open with.
        keys.evictAll();
        aggregates.forgetCachedStates();
        drops.incrementAndGet();
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
