package org.reformplatform.eventsourcing.ops;

import java.sql.SQLException;

import org.apache.kafka.common.errors.RetriableException;
import org.reformplatform.eventsourcing.store.ConcurrencyConflict;

/**
 * Tells passing infrastructure failures (retry later) from refusals that will fail the same way
 * every time (dead-letter them, or answer 4xx).
 */
public final class Failures {

    private Failures() {
    }

    /** An unreachable or failing database: SQL states 08 (connection), 53 (resources), 57 (operator intervention). */
    public static boolean isDatabaseFailure(Throwable e) {
        // A commit the database broke off arrives as a RollbackException whose reason is only in a
        // suppressed XAException (its cause the connection's SQLException): look there too.
        for (Throwable t : causesAndSuppressed(e)) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                        || state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The exception, its causes and what was suppressed along the way, each once. */
    private static java.util.List<Throwable> causesAndSuppressed(Throwable e) {
        java.util.List<Throwable> seen = new java.util.ArrayList<>();
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>();
        if (e != null) {
            next.add(e);
        }
        while (!next.isEmpty() && seen.size() < 64) {
            Throwable t = next.poll();
            if (seen.stream().anyMatch(s -> s == t)) {
                continue;
            }
            seen.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                next.add(suppressed);
            }
        }
        return seen;
    }

    /**
     * A value the database cannot take (SQL state class 22, data exception: a NUL character, a
     * number out of a column's range, text too long for it): the input's fault, not the database's.
     */
    public static boolean isDataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A read model's schema that does not match its code (SQL state class 42: undefined column or
     * table, syntax): a deployment fault, not the event's. Consumers stop and retry rather than
     * dead-letter every event; the lag metric shows it.
     */
    public static boolean isSchemaFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("42") || sql.getSQLState().equals("3F000"))) {
                return true;
            }
        }
        return false;
    }

    /** Worth retrying as is: the database or broker is away, another writer got there first, or the schema is not deployed yet. */
    public static boolean isTransient(Throwable e) {
        if (isDatabaseFailure(e) || isSchemaFault(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyConflict || t instanceof RetriableException
                    || t instanceof org.apache.kafka.common.errors.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
