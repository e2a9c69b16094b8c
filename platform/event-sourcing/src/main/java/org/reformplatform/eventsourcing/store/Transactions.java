package org.reformplatform.eventsourcing.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * Transactions as the projection machinery needs them, so that it is plain Java: the services run
 * it on JTA ({@link JtaTransactions}), the kernel's property tests on a bare JDBC connection.
 */
public interface Transactions {

    /** Runs the work in a transaction of its own: committed if it returns, rolled back if it throws. */
    <T> T inNew(Callable<T> work);

    default void runInNew(Runnable work) {
        inNew(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Inside {@link #inNew}: the transaction's connection (the projection's own writes use the same
     * one). Closing the handle does not end the transaction.
     */
    Connection connection() throws SQLException;

    /**
     * A connection outside any transaction, for a lock held across several transactions (a pause
     * of live updates); the caller closes it.
     */
    Connection detached() throws SQLException;
}
