package org.reformplatform.eventsourcing.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * Holds a projection's live updates off, on every replica, for the moment a rebuild swaps its copy
 * in or a verification compares: every transaction that applies live events to a projection takes
 * a shared advisory lock on it ({@link #enter}); a pause holds the exclusive one, on a connection of
 * its own, across the few transactions it needs. A pausing process that dies releases it with its
 * connection.
 */
final class LiveUpdates {

    /** The advisory-lock class of projections (the key's first half; the second is the name's hash). */
    private static final int LOCK_CLASS = 20141;

    /**
     * Enters the live updates of the projections named by its one parameter (a text array, in name
     * order): a query of its own, or the first step of a statement that goes on to lock their
     * cursors ({@link StreamCursors#lock(Map, Collection)}), saving a command a round trip.
     */
    static final String ENTER = "SELECT pg_advisory_xact_lock_shared(" + LOCK_CLASS + ", hashtext(p)) "
            + "FROM unnest(?::text[]) WITH ORDINALITY AS u(p, n) ORDER BY n";

    /** The names as {@link #ENTER} takes them. */
    static String[] inOrder(Collection<String> projections) {
        return new TreeSet<>(projections).toArray(String[]::new);
    }

    private LiveUpdates() {
    }

    /** In a transaction that applies live events: waits while the projection is paused. */
    static void enter(Transactions transactions, String projection) {
        enter(transactions, List.of(projection));
    }

    /**
     * In a transaction that applies live events to several projections: waits while any of them is
     * paused, in one statement (a statement per projection was a tenth of a submission's statements),
     * taking the locks in name order.
     */
    static void enter(Transactions transactions, Collection<String> projections) {
        if (projections.isEmpty()) {
            return;
        }
        String[] names = inOrder(projections);
        try (Connection c = transactions.connection();
             PreparedStatement lock = c.prepareStatement(ENTER)) {
            lock.setArray(1, c.createArrayOf("text", names));
            lock.execute();
        } catch (SQLException e) {
            throw new StoreFailure("entering the live updates of " + String.join(", ", names) + " failed", e);
        }
    }

    /** Pauses the projection's live updates until the returned pause is closed. Call outside any transaction. */
    static Pause pause(Transactions transactions, String projection) {
        try {
            Connection c = transactions.detached();
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?, hashtext(?))")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setString(2, projection);
                lock.execute();
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new Pause(c, projection);
        } catch (SQLException e) {
            throw new StoreFailure("pausing the live updates of " + projection + " failed", e);
        }
    }

    /** A pause in force; closing it lets live updates go on. */
    static final class Pause implements AutoCloseable {
        private final Connection connection;
        private final String projection;

        private Pause(Connection connection, String projection) {
            this.connection = connection;
            this.projection = projection;
        }

        @Override
        public void close() {
            try (Connection c = connection; PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
                unlock.setInt(1, LOCK_CLASS);
                unlock.setString(2, projection);
                unlock.execute();
            } catch (SQLException e) {
                // Closing the connection released the lock anyway (a session lock dies with its session).
            }
        }
    }
}
