package org.reformplatform.eventsourcing.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * {@link Transactions} on Narayana and Agroal: within a transaction every {@code getConnection()}
 * hands out the one connection enlisted in it, so Hibernate's writes and the kernel's JDBC share it.
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public <T> T inNew(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    @Override
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public Connection detached() throws SQLException {
        return QuarkusTransaction.suspendingExisting().call(() -> dataSource.getConnection());
    }
}
