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
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;

/**
 * Each projection's state (live or rebuilding) and rebuild progress, shared by all replicas through
 * the database. A live batch holds a share lock on its projection's row while it applies, so a
 * rebuild that flips the row to {@code rebuilding} waits for batches in flight and no batch runs
 * against a half-reset read model.
 */
@ApplicationScoped
public class ProjectionStatus {

    /** One row of projection_status. */
    public record Row(String projection, String state, String rebuildOwner, OffsetDateTime heartbeatAt,
            OffsetDateTime rebuildStarted, OffsetDateTime rebuildFinished, Long rebuildTarget, long rebuildDone,
            BigDecimal eventsPerSecond, String lastError) {
    }

    static final String LIVE = "live";
    static final String REBUILDING = "rebuilding";

    /** A rebuild whose heartbeat is older than this is taken to have died. */
    static final int STALE_SECONDS = 30;

    @Inject
    AgroalDataSource dataSource;

    void ensure(String projection) {
        execute("INSERT INTO projection_status (projection) VALUES (?) ON CONFLICT DO NOTHING", projection);
    }

    /** Inside a live batch: holds the share lock, or signals that a rebuild is under way. */
    @Transactional(Transactional.TxType.MANDATORY)
    void requireLive(String projection) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT state FROM projection_status WHERE projection = ? FOR SHARE")) {
            query.setString(1, projection);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next() && REBUILDING.equals(rs.getString(1))) {
                    throw new SubscriptionWorker.Paused();
                }
            }
        } catch (SQLException e) {
            throw new StoreFailure("reading projection status failed", e);
        }
    }

    /** Claims the projection for a rebuild: it must be live, or its previous rebuild must have died. */
    boolean claimRebuild(String projection, String owner) {
        return update("UPDATE projection_status SET state = 'rebuilding', rebuild_owner = ?, heartbeat_at = now(), "
                + "rebuild_started = now(), rebuild_finished = NULL, rebuild_target = NULL, rebuild_done = 0, "
                + "events_per_second = NULL, last_error = NULL WHERE projection = ? AND (state = 'live' OR heartbeat_at < now() - make_interval(secs => ?))",
                owner, projection, STALE_SECONDS) == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void progress(String projection, long target, long done, double eventsPerSecond) {
        update("UPDATE projection_status SET heartbeat_at = now(), rebuild_target = ?, rebuild_done = ?, events_per_second = ? WHERE projection = ?",
                target, done, BigDecimal.valueOf(Math.round(eventsPerSecond)), projection);
    }

    void finish(String projection, long done, double eventsPerSecond) {
        update("UPDATE projection_status SET state = 'live', rebuild_finished = now(), rebuild_done = ?, events_per_second = ?, "
                + "rebuild_owner = NULL WHERE projection = ?", done, BigDecimal.valueOf(Math.round(eventsPerSecond)), projection);
    }

    void fail(String projection, String error) {
        update("UPDATE projection_status SET last_error = ?, heartbeat_at = now() - make_interval(secs => ?) WHERE projection = ?",
                error, STALE_SECONDS + 1, projection);
    }

    /** Projections whose rebuild died half-way: they stay paused until rebuilt. */
    List<String> staleRebuilds() {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT projection FROM projection_status WHERE state = 'rebuilding' "
                     + "AND heartbeat_at < now() - make_interval(secs => ?)")) {
            query.setInt(1, STALE_SECONDS);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new StoreFailure("reading projection status failed", e);
        }
    }

    public Optional<Row> row(String projection) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT projection, state, rebuild_owner, heartbeat_at, rebuild_started, "
                     + "rebuild_finished, rebuild_target, rebuild_done, events_per_second, last_error FROM projection_status WHERE projection = ?")) {
            query.setString(1, projection);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), (Long) rs.getObject(7),
                        rs.getLong(8), rs.getBigDecimal(9), rs.getString(10)));
            }
        } catch (SQLException e) {
            throw new StoreFailure("reading projection status failed", e);
        }
    }

    private void execute(String sql, Object... args) {
        update(sql, args);
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
