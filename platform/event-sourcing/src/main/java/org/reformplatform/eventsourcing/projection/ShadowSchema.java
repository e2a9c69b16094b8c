package org.reformplatform.eventsourcing.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * A schema holding empty copies of a projection's tables, and of the kernel's cursor and gap
 * tables, for a rebuild to fill while the live tables keep answering (then {@link #swapIn}), or for
 * a verification to fill and compare with them (then {@link #drop}).
 *
 * <p>The copies have the live tables' columns, defaults, checks, keys, indexes (under the same
 * names, so that later migrations find them), foreign keys among themselves and grants. Inside a
 * transaction that {@link #enter}s the schema, unqualified table names resolve to the copies, so
 * projections and the kernel write to them without knowing.
 */
final class ShadowSchema {

    static final String CURSORS = "projection_cursors";
    static final String GAPS = "projection_gaps";

    private final String name;
    private final String live;
    private final List<String> tables;

    private ShadowSchema(String name, String live, List<String> tables) {
        this.name = name;
        this.live = live;
        this.tables = List.copyOf(tables);
    }

    /** The schema's name for a projection and a purpose: lower-case, at most 63 characters, stable. */
    static String nameFor(String purpose, String projection) {
        String plain = (purpose + "_" + projection).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (plain.length() <= 50) {
            return "shadow_" + plain;
        }
        return "shadow_" + plain.substring(0, 40) + "_" + shortHash(plain);
    }

    String name() {
        return name;
    }

    String live() {
        return live;
    }

    List<String> tables() {
        return tables;
    }

    /** Creates the schema afresh (a leftover of a rebuild that died is dropped first). */
    static ShadowSchema create(Transactions transactions, String name, List<String> tables) {
        return transactions.inNew(() -> {
            try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                String live = currentSchema(c);
                ShadowSchema shadow = new ShadowSchema(name, live, tables);
                for (String table : tables) {
                    requireTable(c, live, table);
                }
                refuseForeignKeysFromOutside(c, live, tables);
                // Definitions are read with the live schema alone on the path, so that references
                // among the projection's tables come out unqualified and resolve to the copies below.
                List<String> definitions = new ArrayList<>();
                for (String table : tables) {
                    definitions.addAll(constraintsOf(c, live, table));
                    definitions.addAll(indexesOf(c, live, table, name));
                    definitions.addAll(grantsOf(c, live, table, name));
                }
                // Foreign keys last: the keys they refer to, on any of the tables, must exist first.
                definitions.sort((a, b) -> Boolean.compare(a.contains(" FOREIGN KEY "), b.contains(" FOREIGN KEY ")));
                s.execute("DROP SCHEMA IF EXISTS " + q(name) + " CASCADE");
                s.execute("CREATE SCHEMA " + q(name));
                for (String table : tables) {
                    s.execute("CREATE TABLE " + q(name) + "." + q(table) + " (LIKE " + q(live) + "." + q(table)
                            + " INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING IDENTITY INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS)");
                }
                for (String kernelTable : List.of(CURSORS, GAPS)) {
                    s.execute("CREATE TABLE " + q(name) + "." + kernelTable + " (LIKE " + q(live) + "." + kernelTable + " INCLUDING ALL)");
                }
                shadow.enter(c);
                for (String definition : definitions) {
                    s.execute(definition);
                }
                return shadow;
            }
        });
    }

    /** The advisory-lock class of shadow builds (the key's second half is the schema name's hash). */
    private static final int WRITER_LOCK_CLASS = 20142;

    /**
     * Puts the shadow first on the search path for the rest of the caller's transaction, as its one
     * writer: a transaction lock on the schema makes a second build of it (one taken over from a
     * replica thought dead that is still running) wait for this transaction, so that its cursors,
     * read without row locks ({@link Projector#applyAlone}), are never read stale.
     */
    void enterAlone(Connection c) throws SQLException {
        try (PreparedStatement set = c.prepareStatement("SELECT set_config('search_path', ?, true), pg_advisory_xact_lock(?, hashtext(?))")) {
            set.setString(1, q(name) + ", " + q(live));
            set.setInt(2, WRITER_LOCK_CLASS);
            set.setString(3, name);
            set.execute();
        }
    }

    /**
     * Gives PostgreSQL statistics of the copies, in a transaction of its own. They are new tables:
     * without statistics, a plan made while they were nearly empty (a sequential scan of the
     * cursors) stays with a prepared statement as they grow.
     */
    void analyse(Transactions transactions) {
        transactions.runInNew(() -> {
            try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                List<String> all = new ArrayList<>(tables);
                all.addAll(List.of(CURSORS, GAPS));
                s.execute("ANALYZE " + all.stream().map(table -> q(name) + "." + q(table)).collect(Collectors.joining(", ")));
            } catch (SQLException e) {
                throw new StoreFailure("analysing " + name + " failed", e);
            }
        });
    }

    /** Puts the shadow first on the search path for the rest of the caller's transaction. */
    void enter(Connection c) throws SQLException {
        try (PreparedStatement set = c.prepareStatement("SELECT set_config('search_path', ?, true)")) {
            set.setString(1, q(name) + ", " + q(live));
            set.execute();
        }
    }

    /**
     * Puts the copies in the live tables' place and drops the old ones, with the projection's
     * cursors and gaps, in one transaction: readers see the old tables or the new ones, never a
     * mixture, and wait only for the moment of the swap.
     */
    void swapIn(Transactions transactions, String projection) {
        transactions.runInNew(() -> {
            try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                s.execute("SET LOCAL lock_timeout = '10s'");
                String retired = name + "_old";
                s.execute("DROP SCHEMA IF EXISTS " + q(retired) + " CASCADE");
                s.execute("CREATE SCHEMA " + q(retired));
                for (String table : tables) {
                    s.execute("ALTER TABLE " + q(live) + "." + q(table) + " SET SCHEMA " + q(retired));
                }
                for (String table : tables) {
                    s.execute("ALTER TABLE " + q(name) + "." + q(table) + " SET SCHEMA " + q(live));
                }
                for (String kernelTable : List.of(CURSORS, GAPS)) {
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + q(live) + "." + kernelTable + " WHERE projection = ?");
                         PreparedStatement copy = c.prepareStatement("INSERT INTO " + q(live) + "." + kernelTable
                                 + " SELECT * FROM " + q(name) + "." + kernelTable + " WHERE projection = ?")) {
                        delete.setString(1, projection);
                        delete.executeUpdate();
                        copy.setString(1, projection);
                        copy.executeUpdate();
                    }
                }
                // Per-event records of projections built before cursors existed: the cursors say it now.
                try (PreparedStatement legacy = c.prepareStatement("DELETE FROM " + q(live) + ".processed_events "
                        + "WHERE projection = ? AND outcome <> 'dead-lettered'")) {
                    legacy.setString(1, projection);
                    legacy.executeUpdate();
                }
                s.execute("DROP SCHEMA " + q(retired) + " CASCADE");
                s.execute("DROP SCHEMA " + q(name) + " CASCADE");
            } catch (SQLException e) {
                throw new StoreFailure("swapping in the rebuilt " + projection + " failed", e);
            }
        });
    }

    void drop(Transactions transactions) {
        drop(transactions, name);
    }

    static void drop(Transactions transactions, String schema) {
        transactions.runInNew(() -> {
            try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + q(schema) + " CASCADE");
            } catch (SQLException e) {
                throw new StoreFailure("dropping " + schema + " failed", e);
            }
        });
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void requireTable(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM pg_tables WHERE schemaname = ? AND tablename = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the projection declares a table " + schema + "." + table + " that does not exist");
                }
            }
        }
    }

    /** A foreign key from another table into the projection's would be lost in a swap: refuse. */
    private static void refuseForeignKeysFromOutside(Connection c, String schema, List<String> tables) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT k.conname, f.relname, t.relname FROM pg_constraint k "
                + "JOIN pg_class t ON t.oid = k.confrelid JOIN pg_class f ON f.oid = k.conrelid "
                + "JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE k.contype = 'f' AND n.nspname = ? AND t.relname = ANY (?) AND NOT f.relname = ANY (?)")) {
            query.setString(1, schema);
            query.setArray(2, c.createArrayOf("text", tables.toArray()));
            query.setArray(3, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    throw new IllegalStateException("foreign key " + rs.getString(1) + " of " + rs.getString(2) + " refers to "
                            + rs.getString(3) + ", a table of the projection, from outside it: a rebuild could not swap it");
                }
            }
        }
    }

    private static List<String> constraintsOf(Connection c, String schema, String table) throws SQLException {
        List<String> statements = new ArrayList<>();
        // Checks and NOT NULL come with LIKE; keys, uniques, exclusions and foreign keys do not.
        try (PreparedStatement query = c.prepareStatement("SELECT k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
                + "JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE n.nspname = ? AND t.relname = ? AND k.contype IN ('p', 'u', 'x', 'f') ORDER BY k.contype DESC, k.conname")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    statements.add("ALTER TABLE " + q(table) + " ADD CONSTRAINT " + q(rs.getString(1)) + " " + rs.getString(2));
                }
            }
        }
        return statements;
    }

    private static List<String> indexesOf(Connection c, String schema, String table, String shadow) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i "
                + "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE n.nspname = ? AND t.relname = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String definition = rs.getString(1);
                    String on = " ON " + q(schema) + "." + q(table) + " ";
                    String onPlain = " ON " + schema + "." + table + " ";
                    int at = definition.indexOf(on) >= 0 ? definition.indexOf(on) : definition.indexOf(onPlain);
                    if (at < 0) {
                        throw new IllegalStateException("cannot copy index " + definition);
                    }
                    int length = definition.indexOf(on) >= 0 ? on.length() : onPlain.length();
                    statements.add(definition.substring(0, at) + " ON " + q(shadow) + "." + q(table) + " " + definition.substring(at + length));
                }
            }
        }
        return statements;
    }

    private static List<String> grantsOf(Connection c, String schema, String table, String shadow) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT g.privilege_type, g.grantee FROM information_schema.role_table_grants g "
                + "JOIN pg_tables t ON t.schemaname = g.table_schema AND t.tablename = g.table_name "
                + "WHERE g.table_schema = ? AND g.table_name = ? AND g.grantee <> t.tableowner")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String grantee = rs.getString(2);
                    statements.add("GRANT " + rs.getString(1) + " ON " + q(shadow) + "." + q(table) + " TO "
                            + ("PUBLIC".equals(grantee) ? "PUBLIC" : q(grantee)));
                }
            }
        }
        return statements;
    }

    /** Quotes an identifier for SQL. */
    static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
