package org.reformplatform.eventsourcing.projection;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.reformplatform.eventsourcing.store.Transactions;

/**
 * {@link Transactions} on bare JDBC, for driving the projection machinery without Quarkus: a
 * transaction is a pooled connection bound to the thread until it commits or rolls back.
 */
final class JdbcTransactions implements Transactions, AutoCloseable {

    private final String url;
    private final String user;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Deque<Connection>> bound = ThreadLocal.withInitial(ArrayDeque::new);

    JdbcTransactions(String url, String user) {
        this.url = url;
        this.user = user;
    }

    @Override
    public <T> T inNew(Callable<T> work) {
        Connection c = idle.poll();
        try {
            if (c == null || c.isClosed()) {
                c = DriverManager.getConnection(url, user, "");
            }
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        bound.get().push(c);
        try {
            T result = work.call();
            c.commit();
            return result;
        } catch (Exception e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is discarded below
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        } finally {
            bound.get().pop();
            idle.add(c);
        }
    }

    @Override
    public Connection connection() {
        Connection c = bound.get().peek();
        if (c == null) {
            throw new IllegalStateException("no transaction on this thread");
        }
        // A handle: closing it leaves the transaction's connection open, as Agroal's do.
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> "close".equals(method.getName()) ? null : invoke(c, method, args));
    }

    private static Object invoke(Connection c, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(c, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection detached() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    @Override
    public void close() {
        for (Connection c; (c = idle.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing
            }
        }
    }
}
