package org.reformplatform.eventsourcing.projection;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;

/**
 * Each projection's state as operators see it, shared by all replicas through the database:
 * {@code live}, or {@code rebuilding} while a shadow copy is built beside the live one (which keeps
 * answering and keeping up); the rebuild's progress; events dead-lettered; events waiting for a
 * missing one (gaps).
 */
@ApplicationScoped
public class ProjectionStatus {

    /** One projection's state. */
    public record Row(String projection, String state, String rebuildOwner, OffsetDateTime heartbeatAt,
            OffsetDateTime rebuildStarted, OffsetDateTime rebuildFinished, Long rebuildTarget, long rebuildDone,
            BigDecimal eventsPerSecond, String lastError, long deadLettered, long gaps, OffsetDateTime oldestGapAt) {
    }

    static final String LIVE = "live";
    static final String REBUILDING = "rebuilding";

    /** A rebuild whose heartbeat is older than this is taken to have died. */
    static final int STALE_SECONDS = 30;

    @Inject
    AgroalDataSource dataSource;

    void ensure(String projection) {
        update("INSERT INTO projection_status (projection) VALUES (?) ON CONFLICT DO NOTHING", projection);
    }

    /** Claims the projection for a rebuild: it must be live, or its previous rebuild must have died. */
    boolean claimRebuild(String projection, String owner) {
        return update("UPDATE projection_status SET state = 'rebuilding', rebuild_owner = ?, heartbeat_at = now(), "
                + "rebuild_started = now(), rebuild_finished = NULL, rebuild_target = NULL, rebuild_done = 0, "
                + "events_per_second = NULL, last_error = NULL, rebuild_shadow = NULL "
                + "WHERE projection = ? AND (state = 'live' OR heartbeat_at < now() - make_interval(secs => ?))",
                owner, projection, STALE_SECONDS) == 1;
    }

    /** The schema the rebuild builds in, so that a replica taking over a dead rebuild can drop it. */
    void shadow(String projection, String schema) {
        update("UPDATE projection_status SET rebuild_shadow = ?, heartbeat_at = now() WHERE projection = ?", schema, projection);
    }

    void progress(String projection, long target, long done, double eventsPerSecond) {
        update("UPDATE projection_status SET heartbeat_at = now(), rebuild_target = ?, rebuild_done = ?, events_per_second = ? WHERE projection = ?",
                target, done, BigDecimal.valueOf(Math.round(eventsPerSecond)), projection);
    }

    void finish(String projection, long done, double eventsPerSecond, int refused) {
        // Finished is all of it: the target becomes what was done (it was a store position, which sequence gaps put ahead).
        update("UPDATE projection_status SET state = 'live', rebuild_finished = now(), rebuild_done = ?, rebuild_target = ?, events_per_second = ?, "
                + "rebuild_owner = NULL, rebuild_shadow = NULL, last_error = CASE WHEN ? > 0 THEN ? ELSE NULL END WHERE projection = ?",
                done, done, BigDecimal.valueOf(Math.round(eventsPerSecond)), refused,
                refused + " events refused by the projection were passed over, as they had been dead-lettered", projection);
    }

    /** A rebuild that failed: the live copy was never touched; it stays live, with the error shown. */
    void fail(String projection, String error) {
        update("UPDATE projection_status SET state = 'live', last_error = ?, rebuild_owner = NULL, rebuild_shadow = NULL, "
                + "rebuild_finished = now() WHERE projection = ?", error, projection);
    }

    /** In the transaction that sent an event of this projection to the dead-letter topic. */
    void deadLettered(String projection) {
        update("UPDATE projection_status SET dead_lettered = dead_lettered + 1 WHERE projection = ?", projection);
    }

    /** Rebuilds whose owner stopped beating: another replica takes them over. */
    List<String> staleRebuilds() {
        return names("SELECT projection FROM projection_status WHERE state = 'rebuilding' "
                + "AND heartbeat_at < now() - make_interval(secs => " + STALE_SECONDS + ")");
    }

    /** The shadow schema a dead rebuild left, if any. */
    Optional<String> shadowOf(String projection) {
        List<String> names = names("SELECT rebuild_shadow FROM projection_status WHERE projection = '" + projection.replace("'", "''")
                + "' AND rebuild_shadow IS NOT NULL");
        return names.stream().findFirst();
    }

    /**
     * Projections built before stream cursors existed (they have per-event records and no cursors):
     * rebuilt at start-up, since the rebuilds of that time could apply a stream out of order.
     */
    boolean builtBeforeCursors(String projection) {
        return !names("SELECT p.projection FROM processed_events p WHERE p.projection = '" + projection.replace("'", "''")
                + "' AND p.outcome = 'applied' AND NOT EXISTS (SELECT 1 FROM projection_cursors c WHERE c.projection = p.projection) LIMIT 1")
                .isEmpty();
    }

    /** Events waiting for a missing one, over all projections of the service: for the metric. */
    long gaps(String projection) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT count(*) FROM projection_gaps WHERE projection = ?")) {
            query.setString(1, projection);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreFailure("counting the gaps of " + projection + " failed", e);
        }
    }

    public Optional<Row> row(String projection) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT s.projection, s.state, s.rebuild_owner, s.heartbeat_at, s.rebuild_started, "
                     + "s.rebuild_finished, s.rebuild_target, s.rebuild_done, s.events_per_second, s.last_error, s.dead_lettered, "
                     + "g.n, g.oldest FROM projection_status s LEFT JOIN LATERAL (SELECT count(*) AS n, min(parked_at) AS oldest "
                     + "FROM projection_gaps WHERE projection = s.projection) g ON true WHERE s.projection = ?")) {
            query.setString(1, projection);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), (Long) rs.getObject(7),
                        rs.getLong(8), rs.getBigDecimal(9), rs.getString(10), rs.getLong(11), rs.getLong(12),
                        rs.getObject(13, OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new StoreFailure("reading projection status failed", e);
        }
    }

    private List<String> names(String sql) {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new StoreFailure("reading projection status failed", e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure("updating projection status failed", e);
        }
    }
}
