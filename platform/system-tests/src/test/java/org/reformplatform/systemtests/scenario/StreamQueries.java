package org.reformplatform.systemtests.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysts' queries (docs/analysts/queries/*.sql) run by DuckDB over a Parquet export, exactly
 * as docs/analysts.md runs them: the export directory is DuckDB's {@code file_search_path}, the
 * queries' parameters are DuckDB variables.
 */
final class StreamQueries implements AutoCloseable {

    private final Connection duckdb;
    private final Path queries;

    StreamQueries(Path export, Path queries, Map<String, String> variables) {
        this.queries = queries;
        try {
            duckdb = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement sql = duckdb.createStatement()) {
                sql.execute("SET file_search_path = " + literal(export.toAbsolutePath().toString()));
                for (Map.Entry<String, String> variable : variables.entrySet()) {
                    sql.execute("SET VARIABLE " + variable.getKey() + " = " + literal(variable.getValue()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB: " + e.getMessage(), e);
        }
    }

    /** The rows of {@code name}.sql, each column by its label, values as DuckDB's JDBC driver gives them. */
    List<Map<String, Object>> run(String name) {
        try {
            return sql(Files.readString(queries.resolve(name + ".sql")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(name + ".sql: " + e.getMessage(), e);
        }
    }

    /** The rows of a query of the test's own. */
    List<Map<String, Object>> sql(String query) {
        try (Statement sql = duckdb.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            List<Map<String, Object>> result = new ArrayList<>();
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    row.put(columns.getColumnLabel(c), rows.getObject(c));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public void close() {
        try {
            duckdb.close();
        } catch (SQLException ignored) {
            // an in-memory database: nothing to keep
        }
    }
}
