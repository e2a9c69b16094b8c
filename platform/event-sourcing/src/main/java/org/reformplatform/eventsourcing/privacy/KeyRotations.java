package org.reformplatform.eventsourcing.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.command.UnitOfWork;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Rotation of the key-encryption key, the operator's part: once every replica runs with the new
 * key current and the old one among the previous ones, a run rewraps every data-subject key still
 * under another key-encryption key, in batches of its own transaction each. It is idempotent (a
 * run with nothing to do rewraps nothing) and resumable (an interrupted run leaves the batches it
 * committed rewrapped; the next run takes the rest). Each run is recorded ({@code key_rotations}:
 * who, when, with which key-encryption key, how many keys) and logged.
 */
@ApplicationScoped
public class KeyRotations {

    private static final Logger LOG = Logger.getLogger(KeyRotations.class);

    /** Keys rewrapped per transaction: short transactions, so that erasures and new keys never wait long. */
    static final int BATCH = 500;

    @Inject
    SubjectKeys keys;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** One run: what it did, and what was left under another key-encryption key when it ended. */
    public record Run(UUID runId, String kekId, String requestedBy, Instant startedAt, Instant finishedAt, int rewrapped, Integer remaining) {
    }

    /** Where the service stands: the current key-encryption key, those it still accepts, the live keys under each, the last runs. */
    public record State(String kekId, List<String> acceptedKekIds, Map<String, Long> keysByKek, boolean done, List<Run> runs) {
    }

    public State state() {
        Map<String, Long> byKek = keys.keysByKek();
        boolean done = byKek.keySet().stream().allMatch(keys.currentKekId()::equals);
        return new State(keys.currentKekId(), keys.acceptedKekIds(), byKek, done, runs());
    }

    /**
     * Rewraps every key not under the current key-encryption key. Refused (409 {@code unknown-key-encryption-key})
     * before anything is changed when some keys are wrapped by a key-encryption key this service was
     * not given: they could not be unwrapped, so the previous key must be configured first.
     */
    public Run rotate(String requestedBy) {
        List<String> unknown = keys.keysByKek().keySet().stream().filter(id -> !keys.acceptedKekIds().contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw RuleViolation.conflict("unknown-key-encryption-key", "Some data-subject keys are wrapped by a key-encryption key this "
                    + "service does not have (" + String.join(", ", unknown) + "): add it to platform.personal-data.previous-key-encryption-keys "
                    + "(the Secret's previous-keks), roll the service and run the rotation again").with("kekIds", unknown);
        }
        UUID runId = UUID.randomUUID();
        Instant startedAt = clock.instant();
        record(runId, requestedBy, startedAt);
        LOG.infof("key rotation %s by %s: rewrapping the data-subject keys under key-encryption key %s", runId, requestedBy, keys.currentKekId());
        int rewrapped = 0;
        for (int batch; (batch = unitOfWork.run(false, () -> keys.rewrap(BATCH))) > 0; ) {
            rewrapped += batch;
            progress(runId, rewrapped);
        }
        int remaining = (int) keys.keysByKek().entrySet().stream().filter(e -> !e.getKey().equals(keys.currentKekId()))
                .mapToLong(Map.Entry::getValue).sum();
        Instant finishedAt = clock.instant();
        finish(runId, rewrapped, remaining, finishedAt);
        LOG.infof("key rotation %s by %s: %d keys rewrapped, %d left under another key-encryption key", runId, requestedBy, rewrapped, remaining);
        return new Run(runId, keys.currentKekId(), requestedBy, startedAt, finishedAt, rewrapped, remaining);
    }

    private void record(UUID runId, String requestedBy, Instant startedAt) {
        update("INSERT INTO key_rotations (run_id, kek_id, requested_by, started_at) VALUES (?, ?, ?, ?)",
                runId, keys.currentKekId(), requestedBy, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC));
    }

    private void progress(UUID runId, int rewrapped) {
        update("UPDATE key_rotations SET rewrapped = ? WHERE run_id = ?", rewrapped, runId);
    }

    private void finish(UUID runId, int rewrapped, int remaining, Instant finishedAt) {
        update("UPDATE key_rotations SET rewrapped = ?, remaining = ?, finished_at = ? WHERE run_id = ?",
                rewrapped, remaining, OffsetDateTime.ofInstant(finishedAt, ZoneOffset.UTC), runId);
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording a key rotation failed", e);
        }
    }

    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT run_id, kek_id, requested_by, started_at, finished_at, rewrapped, remaining FROM key_rotations "
                        + "ORDER BY started_at DESC, run_id LIMIT 20");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
                runs.add(new Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                        finished == null ? null : finished.toInstant(), rs.getInt(6), (Integer) rs.getObject(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the key rotations failed", e);
        }
        return runs;
    }
}
