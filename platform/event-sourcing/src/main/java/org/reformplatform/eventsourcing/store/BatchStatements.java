package org.reformplatform.eventsourcing.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.postgresql.PGStatement;

/**
 * Statements that take a batch (an array of positions, ids or streams) and run once per batch are
 * planned at each call, for the values of that call, never from a plan PostgreSQL cached earlier.
 *
 * <p>Why: pgjdbc makes a statement a named, server-side one at its fifth execution, and PostgreSQL
 * may then settle on a generic plan costed with the table's size at that moment and keep it until
 * the table's statistics change. The outbox is the table whose size swings most (empty most of the
 * time, hundreds of thousands of rows after a broker outage), and every service starts with an
 * empty store: a plan settled then is a sequential scan. On a server whose statistics were not
 * refreshed since (autovacuum off, as on the CI machines, or not yet run after a bulk backlog) the
 * relay read the whole events table for every batch and drained about 1,100 events/s; one ANALYZE
 * of that table in mid-drain, which forces a new plan, took it to about 8,000 (docs/benchmarks.md,
 * "A plan cached on an empty store"). Planning costs well under a millisecond (0.09 ms for a cursor
 * update of three streams, about 1 ms for 2,000 positions), once per batch; statements by a single
 * key keep their cached plans.
 */
public final class BatchStatements {

    private BatchStatements() {
    }

    /** Prepares {@code sql} so that each execution is planned with its own parameter values. */
    public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        // 0: never a named server-side statement, so PostgreSQL plans the unnamed one at every bind.
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }
}
