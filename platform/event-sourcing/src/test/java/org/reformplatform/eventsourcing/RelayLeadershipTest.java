package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.outbox.OutboxRelay;
import org.reformplatform.eventsourcing.sample.TallyId;

/**
 * The replica that publishes the outbox holds a PostgreSQL advisory lock on a pooled connection.
 * A relay that stops must give the lock up: handing the connection back to the pool does not end its
 * session, and a lock left on it kept every other replica (and this one, on another connection) from
 * publishing — a restarted relay waited a minute in a CI run without publishing anything.
 */
@QuarkusTest
class RelayLeadershipTest {

    @Inject
    OutboxRelay relay;

    @Inject
    KernelFixtures fixtures;

    @Test
    void a_stopped_relay_leaves_the_outbox_to_another_replica_and_publishes_again_once_restarted() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(relay::isLeader);
        relay.stop();
        try {
            assertThat(lockTakenFromAnotherSession()).as("another replica can take the outbox over").isTrue();
        } finally {
            relay.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(relay::isLeader);
        TallyId tally = fixtures.openTally(10);
        try (var reader = fixtures.reader(KernelFixtures.TOPIC)) {
            var records = reader.readUntil(r -> r.stream().anyMatch(rec -> tally.streamId().equals(rec.key())), Duration.ofSeconds(30));
            assertThat(records).anyMatch(rec -> tally.streamId().equals(rec.key()));
        }
    }

    /** As a second replica would: its own session (not the pool's), the relay's lock, given back at once. */
    private static boolean lockTakenFromAnotherSession() throws Exception {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        String service = config.getValue("platform.service", String.class);
        try (Connection other = DriverManager.getConnection(url, user, password);
             PreparedStatement lock = other.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "outbox-relay:" + service);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
