package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.store.BatchStatements;

/**
 * A batch statement never becomes a server-side prepared statement, so PostgreSQL never keeps a
 * plan for it: each call is planned for its own values and the table as it is then (see
 * {@link BatchStatements} for the plan that a cached one turned out to be).
 */
@QuarkusTest
class BatchStatementsTest {

    // A marker in the text, to find the statement among the session's prepared ones.
    static final String SQL = "SELECT count(*) FROM events WHERE position = ANY (?) /* %s */";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_batch_statement_is_planned_at_each_call_never_cached_on_the_server() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String sql = SQL.formatted("batch");
            for (int call = 0; call < 10; call++) {
                try (PreparedStatement statement = BatchStatements.prepare(c, sql)) {
                    execute(c, statement, call);
                    execute(c, statement, call);
                }
            }
            assertThat(preparedOnServer(c, sql)).isZero();
        }
    }

    /** The control: the same statement prepared as usual is kept on the server from its fifth execution (pgjdbc's default). */
    @Test
    void the_same_statement_prepared_as_usual_is_kept_on_the_server() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String sql = SQL.formatted("usual");
            for (int call = 0; call < 10; call++) {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    execute(c, statement, call);
                }
            }
            assertThat(preparedOnServer(c, sql)).isEqualTo(1);
        }
    }

    private static void execute(Connection c, PreparedStatement statement, int call) throws SQLException {
        statement.setArray(1, c.createArrayOf("bigint", new Long[] {(long) call, call + 1L}));
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
        }
    }

    private static long preparedOnServer(Connection c, String sql) throws SQLException {
        String marker = sql.substring(sql.indexOf("/*"));
        try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?")) {
            query.setString(1, "%" + marker + "%");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
