package org.reformplatform.eventsourcing.deadline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.command.UnitOfWork;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.IdempotencyKeys;
import org.reformplatform.eventsourcing.ops.BackgroundLoop;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.store.EventMetadata;

/**
 * Fires due deadlines, oldest due first, each in a transaction of its own that claims its row
 * ({@code FOR UPDATE SKIP LOCKED}: replicas never take the same one), runs its command through the
 * handler and marks it fired. The command's events and the mark commit together or not at all, so a
 * deadline fires exactly once however many replicas poll and whenever one stops. A deadline missed
 * while the service was down fires when it comes back, in due order. The command runs as an API
 * call would: in the unit of work (retried on a concurrent append), under the idempotency key
 * {@code deadline:<id>}, counted in {@code platform.commands}; its events carry the scheduling
 * command's correlation id and the deadline's id as their causation.
 */
@ApplicationScoped
public class DeadlineDispatcher {

    private static final Logger LOG = Logger.getLogger(DeadlineDispatcher.class);
    private static final String IDEMPOTENCY_SCOPE = "deadline";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<DeadlineHandler> handlerBeans;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    CommandMetadata metadata;

    @Inject
    PlatformMetrics metrics;

    @Inject
    PlatformSettings settings;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    Deadlines deadlines;

    @Inject
    DeadlineSignal signal;

    @Inject
    PlatformClock platformClock;

    private Map<String, DeadlineHandler> handlers;
    private final BackgroundLoop worker = new BackgroundLoop("deadlines", this::loop);

    void onStart(@Observes StartupEvent startup) {
        metrics.gauge("platform.deadlines.overdue", "Pending deadlines whose due time has passed",
                () -> deadlines.count("WHERE status = 'PENDING' AND due_at <= ?", List.of(clock.instant())));
        metrics.gauge("platform.deadlines.pending", "Deadlines scheduled and not yet fired or cancelled",
                () -> deadlines.count("WHERE status = 'PENDING'", List.of()));
        platformClock.onMove(signal::signal);
        if (settings.deadlinesEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    public void start() {
        worker.start();
    }

    public void stop() {
        worker.stop();
    }

    private void loop() {
        while (worker.running()) {
            Duration sleep = settings.deadlinesPollInterval();
            try {
                signal.looking();
                Instant now = clock.instant();
                Optional<Instant> next = earliestPending();
                if (next.isPresent() && !next.get().isAfter(now)) {
                    fireDue();
                } else {
                    // Nothing due: sleep until the next due time (or the longest sleep) rather than
                    // look every poll interval. A deadline committed here that falls due sooner, or
                    // the clock moved, wakes the loop (DeadlineSignal).
                    Duration untilDue = next.map(due -> Duration.between(now, due)).orElse(settings.deadlinesLongestSleep());
                    sleep = untilDue.compareTo(settings.deadlinesLongestSleep()) < 0 ? untilDue : settings.deadlinesLongestSleep();
                }
            } catch (RuntimeException e) {
                // The database away: the deadlines wait in their table and fire when it is back.
                LOG.warnf("deadlines: cannot look for due deadlines (%s); trying again", e.getMessage());
            }
            try {
                // While deadlines are overdue but not claimable (a failed one waiting for its retry,
                // one another replica is firing) this is the poll interval, as before.
                signal.sleepsUntil(clock.instant().plus(sleep));
                signal.await(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Fires every deadline due by the platform's clock, oldest due first, and answers how many it
     * closed (fired or refused). Tests move the clock and call this instead of waiting for the poller.
     */
    public int fireDue() {
        return fireDue(null);
    }

    /**
     * Fires the due deadlines of these streams only: a test that moves the clock a year on fires
     * its own aggregates' deadlines, not those of every other test that shares the service.
     */
    public int fireDueOf(Collection<String> streamIds) {
        return fireDue(List.copyOf(streamIds));
    }

    private int fireDue(List<String> streamIds) {
        int closed = 0;
        Instant now = clock.instant();
        Optional<Closed> next;
        while ((next = fireNext(now, streamIds)).isPresent()) {
            if (!next.get().failed()) {
                closed++;
            }
        }
        return closed;
    }

    private record Closed(UUID id, boolean failed) {
    }

    /** Claims and fires the next due deadline, if any; a deadline that failed is not due again until it is retried. */
    private Optional<Closed> fireNext(Instant now, List<String> streamIds) {
        DueDeadline[] claimed = new DueDeadline[1];
        long started = System.nanoTime();
        try {
            Optional<Closed> fired = unitOfWork.run(true, () -> {
                claimed[0] = null;
                DueDeadline due = claim(now, streamIds);
                if (due == null) {
                    return Optional.empty();
                }
                claimed[0] = due;
                // Marked fired before its command runs, so that the command may schedule the next
                // deadline of the same name for the stream (a reminder after a reminder) or cancel
                // others without touching this one; a failure rolls the mark back with the command.
                close(due.id(), "FIRED", "fired");
                String outcome = run(due);
                if (!outcome.equals("fired")) {
                    update("UPDATE deadlines SET outcome = ? WHERE id = ?", outcome, due.id());
                }
                return Optional.of(new Closed(due.id(), false));
            });
            fired.ifPresent(closed -> record(claimed[0], "fired", started, now));
            return fired;
        } catch (RuleViolation refused) {
            // The world moved on (the agreement was signed in the meantime): the deadline is moot.
            QuarkusTransaction.requiringNew().run(() -> close(claimed[0].id(), "REFUSED", refused.code() + ": " + refused.detail()));
            record(claimed[0], "refused", started, now);
            return Optional.of(new Closed(claimed[0].id(), false));
        } catch (RuntimeException failed) {
            if (claimed[0] == null) {
                throw failed;
            }
            LOG.warnf(failed, "deadline %s (%s for %s) failed; it stays pending and is tried again", claimed[0].id(), claimed[0].name(),
                    claimed[0].streamId());
            QuarkusTransaction.requiringNew().run(() -> retryLater(claimed[0].id(), failed, now));
            record(claimed[0], "failed", started, now);
            return Optional.of(new Closed(claimed[0].id(), true));
        }
    }

    private String run(DueDeadline due) throws Exception {
        DeadlineHandler handler = handlers().get(due.name());
        if (handler == null) {
            // Perhaps a replica of a newer version knows it: leave it for that one, and say so.
            throw new IllegalStateException("no handler for deadlines named " + due.name());
        }
        String key = due.id().toString();
        if (idempotencyKeys.claimOrReplay(IDEMPOTENCY_SCOPE, key, IdempotencyKeys.hash(due.name() + " " + due.streamId())).isPresent()) {
            return "already fired";
        }
        EventMetadata cause = new EventMetadata(due.correlationId(), due.id(), "deadline:" + due.name(), due.organisation(), null);
        long started = System.nanoTime();
        String outcome = "error";
        try {
            metadata.runAs(cause, () -> {
                handler.fire(due);
                return null;
            });
            outcome = "ok";
        } catch (RuleViolation refused) {
            outcome = "RuleViolation";
            throw refused;
        } finally {
            metrics.command(due.name(), outcome, System.nanoTime() - started);
        }
        idempotencyKeys.remember(IDEMPOTENCY_SCOPE, key, new IdempotencyKeys.StoredAnswer(200, "{}", null, null));
        return "fired";
    }

    private DueDeadline claim(Instant now, List<String> streamIds) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT id, name, stream_id, due_at, organisation, payload, correlation_id "
                        + "FROM deadlines WHERE status = 'PENDING' AND due_at <= ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                        + (streamIds == null ? "" : "AND stream_id = ANY (?) ")
                        + "ORDER BY due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setTimestamp(2, Timestamp.from(now));
            if (streamIds != null) {
                select.setArray(3, c.createArrayOf("text", streamIds.toArray()));
            }
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new DueDeadline(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("stream_id"),
                        rs.getTimestamp("due_at").toInstant(), rs.getString("organisation"), rs.getString("payload"),
                        rs.getObject("correlation_id", UUID.class), mapper);
            }
        }
    }

    /**
     * The due time of the first pending deadline, whether or not it can be claimed now: one row of
     * the {@code deadlines_due} index, outside any transaction (no JTA work while idle).
     */
    private Optional<Instant> earliestPending() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT due_at FROM deadlines WHERE status = 'PENDING' "
                        + "ORDER BY due_at, id LIMIT 1");
                ResultSet rs = select.executeQuery()) {
            return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the next due deadline", e);
        }
    }

    private void close(UUID id, String status, String outcome) {
        update("UPDATE deadlines SET status = ?, closed_at = ?, outcome = ? WHERE id = ? AND status = 'PENDING'",
                status, Timestamp.from(clock.instant()), outcome, id);
    }

    private void retryLater(UUID id, RuntimeException failure, Instant now) {
        // Backs off 1, 2, 4 ... 64 times the retry interval, by the platform's clock.
        update("UPDATE deadlines SET attempts = attempts + 1, last_error = ?, "
                + "next_attempt_at = ?::timestamptz + (? * power(2, least(attempts, 6))) * interval '1 millisecond' "
                + "WHERE id = ? AND status = 'PENDING'",
                String.valueOf(failure.getMessage()), Timestamp.from(now), settings.deadlinesRetryAfter().toMillis(), id);
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void record(DueDeadline due, String outcome, long startedNanos, Instant now) {
        long lag = Duration.between(due.dueAt(), now).toNanos() + (System.nanoTime() - startedNanos);
        metrics.deadline(due.name(), outcome, lag);
    }

    private Map<String, DeadlineHandler> handlers() {
        if (handlers == null) {
            handlers = handlerBeans.stream().collect(Collectors.toMap(DeadlineHandler::name, Function.identity()));
        }
        return handlers;
    }
}
