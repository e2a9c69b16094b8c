package org.reformplatform.eventsourcing.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalDataSource;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;

/**
 * Finds out whether a transaction whose COMMIT broke off really committed.
 *
 * <p>When the connection fails while COMMIT is on its way (the database restarted, a proxy
 * dropped), the client cannot tell from the error whether the server committed first. Answering
 * "unavailable, nothing changed" would then be false for a command whose events are stored and on
 * their way to Kafka. So a transaction that appends records a {@link Witness} (its PostgreSQL
 * transaction id and the first event it appended), and after such a failure this asks the database
 * again, on a new connection, until the transaction has ended one way or the other or the patience
 * is spent.
 *
 * <p>{@code pg_xact_status} tells "in progress" (a backend whose client vanished may still be
 * committing) from "ended"; once ended, whether the witness event is stored decides. The event is
 * needed besides the status: after a crash, an id whose records never reached the disk can be
 * handed to a later transaction that commits.
 */
@ApplicationScoped
public class CommitOutcomes {

    private static final Logger LOG = Logger.getLogger(CommitOutcomes.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(100);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    /** What a transaction appended first, and its PostgreSQL transaction id ({@code xid8} as text). */
    public record Witness(String transactionId, UUID eventId) {
    }

    public enum Outcome {
        COMMITTED, ROLLED_BACK, UNKNOWN
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    PlatformSettings settings;

    /** Called by the store when a transaction appends: the first append is the transaction's witness. */
    void witness(String transactionId, UUID eventId) {
        if (transactions.getResource(Witness.class) == null) {
            transactions.putResource(Witness.class, new Witness(transactionId, eventId));
        }
    }

    /** The current transaction's witness; null when it has appended nothing (nothing to find out then). */
    public Witness current() {
        return (Witness) transactions.getResource(Witness.class);
    }

    /** Asks, outside any transaction, until the witnessed transaction has ended or the patience is spent. */
    public Outcome resolve(Witness witness) {
        Duration patience = settings.inDoubtPatience();
        long deadline = System.nanoTime() + patience.toNanos();
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                Outcome outcome = ask(witness);
                if (outcome != Outcome.UNKNOWN) {
                    LOG.infof("a commit that broke off (transaction %s) %s", witness.transactionId(),
                            outcome == Outcome.COMMITTED ? "had committed" : "had not committed");
                    return outcome;
                }
            } catch (SQLException e) {
                LOG.debugf("cannot yet ask about transaction %s: %s", witness.transactionId(), e.getMessage());
            }
            if (System.nanoTime() + wait.toNanos() > deadline) {
                LOG.warnf("whether transaction %s committed is still unknown after %s", witness.transactionId(), patience);
                return Outcome.UNKNOWN;
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.UNKNOWN;
            }
            wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
        }
    }

    private Outcome ask(Witness witness) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String status;
            try (PreparedStatement query = connection.prepareStatement("SELECT pg_xact_status(?::xid8)")) {
                query.setString(1, witness.transactionId());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    status = rs.getString(1);
                }
            } catch (SQLException e) {
                // 22023: "transaction ID is in the future". The id never reached the disk before a
                // crash, so neither did the transaction: it has ended, uncommitted.
                if (!"22023".equals(e.getSQLState())) {
                    throw e;
                }
                status = "aborted";
            }
            if ("in progress".equals(status)) {
                return Outcome.UNKNOWN;
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM events WHERE event_id = ?)")) {
                query.setObject(1, witness.eventId());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1) ? Outcome.COMMITTED : Outcome.ROLLED_BACK;
                }
            }
        }
    }
}
