package org.reformplatform.eventsourcing.projection;

import static org.reformplatform.eventsourcing.projection.ShadowSchema.q;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Order-independent digests of a projection's tables, and the rows by which two copies of them
 * differ: the oracle that says whether a read model equals the log.
 *
 * <p>A table's digest is its row count and the sum of a 60-bit hash of each row's JSON form, so two
 * copies digest alike exactly when they hold the same rows the same number of times, in any order
 * and with any physical layout. The projection's stream cursors are compared too (as the pseudo
 * table {@code projection_cursors}): equal cursors mean both copies took the same events. Only the
 * cursors of streams in the event store count: a record on the topic that claims to be an event of
 * a stream the store has never had (a poison record, dead-lettered when it came) is no part of the
 * log, and a copy built from the store rightly knows nothing of it.
 */
public final class ReadModelDigest {

    /** One table's digest. */
    public record TableDigest(String table, long rows, String digest) {
    }

    /** One table of two copies compared; the rows listed are the first few of each side's surplus. */
    public record TableComparison(String table, long liveRows, long shadowRows, boolean equal, List<String> onlyInLive,
            List<String> onlyInShadow) {
    }

    static final String CURSORS = "projection_cursors";

    private ReadModelDigest() {
    }

    /** Digests of the tables in the given schema, and of the projection's cursors; the store is in {@code storeSchema}. */
    static List<TableDigest> of(Connection c, String schema, String storeSchema, String projection, List<String> tables) throws SQLException {
        List<TableDigest> digests = new ArrayList<>();
        for (String table : withCursors(tables)) {
            try (PreparedStatement query = c.prepareStatement("SELECT count(*), coalesce(sum(('x' || substr(md5(row_to_json(t)::text), 1, 15))"
                    + "::bit(60)::bigint), 0)::text FROM " + relation(schema, storeSchema, projection, table) + " t")) {
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    digests.add(new TableDigest(table, rs.getLong(1), rs.getString(2)));
                }
            }
        }
        return digests;
    }

    /** Compares the live tables with a shadow copy, listing up to {@code sample} differing rows each way. */
    static List<TableComparison> compare(Connection c, String live, String shadow, String projection, List<String> tables, int sample)
            throws SQLException {
        List<TableDigest> liveDigests = of(c, live, live, projection, tables);
        List<TableDigest> shadowDigests = of(c, shadow, live, projection, tables);
        List<TableComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < liveDigests.size(); i++) {
            TableDigest l = liveDigests.get(i);
            TableDigest s = shadowDigests.get(i);
            if (l.equals(s)) {
                comparisons.add(new TableComparison(l.table(), l.rows(), s.rows(), true, List.of(), List.of()));
            } else {
                comparisons.add(new TableComparison(l.table(), l.rows(), s.rows(), false,
                        surplus(c, relation(live, live, projection, l.table()), relation(shadow, live, projection, l.table()), sample),
                        surplus(c, relation(shadow, live, projection, l.table()), relation(live, live, projection, l.table()), sample)));
            }
        }
        return comparisons;
    }

    private static List<String> surplus(Connection c, String of, String over, int sample) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT r FROM (SELECT row_to_json(t)::text AS r FROM " + of + " t EXCEPT ALL "
                + "SELECT row_to_json(t)::text FROM " + over + " t) d ORDER BY r LIMIT ?")) {
            query.setInt(1, sample);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    /** The condition that a cursor row (alias {@code cursor}) is of a stream the store has. */
    static String inStore(String cursor, String storeSchema) {
        return "EXISTS (SELECT 1 FROM " + q(storeSchema) + ".events e WHERE e.stream_id = " + cursor + ".stream_id)";
    }

    private static List<String> withCursors(List<String> tables) {
        List<String> all = new ArrayList<>(tables);
        all.add(CURSORS);
        return all;
    }

    private static String relation(String schema, String storeSchema, String projection, String table) {
        if (CURSORS.equals(table)) {
            return "(SELECT c.stream_id, c.version FROM " + q(schema) + "." + CURSORS + " c WHERE c.projection = '" + projection.replace("'", "''")
                    + "' AND " + inStore("c", storeSchema) + ")";
        }
        return q(schema) + "." + q(table);
    }
}
