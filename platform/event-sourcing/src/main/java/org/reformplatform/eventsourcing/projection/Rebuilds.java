package org.reformplatform.eventsourcing.projection;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.store.EventCodec.UndecodableEvent;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.StoredEvent;

/**
 * Rebuilds a read model from the event store, in batches, with progress in projection_status.
 *
 * <ol>
 * <li>The projection's row flips to {@code rebuilding}: live batches (on every replica) finish and
 * then wait.</li>
 * <li>The rebuild fixes its horizon: with appends briefly held off ({@code LOCK TABLE ... SHARE}),
 * every event up to the highest position is committed, so the replay sees every stream as a
 * complete prefix, never a later event without an earlier one.</li>
 * <li>The read model and its processed-event records are emptied, and the store is replayed up to
 * the horizon.</li>
 * <li>The row flips back to {@code live}: the consumer loops resume from their committed offsets;
 * what the replay already applied is recognised as processed, what came after the horizon is
 * applied in stream order.</li>
 * </ol>
 */
@ApplicationScoped
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);

    @Inject
    ProjectionStatus status;

    @Inject
    ProcessedEvents processed;

    @Inject
    EventStore store;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlatformSettings settings;

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    /** Starts a rebuild in the background; false if one is already running. */
    boolean start(String name, ProjectionSubscriber subscriber) {
        if (!status.claimRebuild(name, owner)) {
            return false;
        }
        Thread thread = new Thread(() -> run(name, subscriber), "rebuild-" + name);
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private void run(String name, ProjectionSubscriber subscriber) {
        long started = System.nanoTime();
        long done = 0;
        try {
            long horizon = horizon();
            QuarkusTransaction.requiringNew().run(() -> {
                subscriber.rebuildable().reset();
                processed.forget(name);
                status.progress(name, horizon, 0, 0);
            });
            long after = 0;
            while (true) {
                List<StoredEvent> batch = store.readAllStored(after, horizon, settings.rebuildBatchSize());
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.get(batch.size() - 1).position();
                Map<UUID, RecordedEvent<Object>> relevant = new LinkedHashMap<>();
                for (StoredEvent row : batch) {
                    if (subscriber.eventNames().contains(row.eventType())) {
                        try {
                            relevant.put(row.eventId(), store.decode(row));
                        } catch (UndecodableEvent e) {
                            LOG.warnf("rebuild of %s skips undecodable event %s: %s", name, row.eventId(), e.getMessage());
                        }
                    }
                }
                done += batch.size();
                long doneSoFar = done;
                double rate = doneSoFar / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        applyAll(name, subscriber, relevant);
                        status.progress(name, horizon, doneSoFar, rate);
                    });
                } catch (RuntimeException batchFailure) {
                    if (Failures.isTransient(batchFailure)) {
                        throw batchFailure;
                    }
                    applyOneByOne(name, subscriber, relevant);
                    QuarkusTransaction.requiringNew().run(() -> status.progress(name, horizon, doneSoFar, rate));
                }
            }
            double rate = done / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            status.finish(name, done, rate);
            LOG.infof("rebuilt %s from %d events in %.1f s (%.0f events/s)", name, done, (System.nanoTime() - started) / 1e9, rate);
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild of %s failed after %d events; it will be tried again", name, done);
            try {
                status.fail(name, e.toString());
            } catch (RuntimeException ignored) {
                // the watchdog finds the stale heartbeat anyway
            }
        }
    }

    private void applyAll(String name, ProjectionSubscriber subscriber, Map<UUID, RecordedEvent<Object>> events) {
        for (UUID fresh : processed.claim(name, events.keySet(), "applied")) {
            subscriber.rebuildable().apply(events.get(fresh));
        }
    }

    /**
     * An event the projector refuses was dead-lettered when it arrived live; the rebuild skips it
     * the same way (and says so) instead of stopping.
     */
    private void applyOneByOne(String name, ProjectionSubscriber subscriber, Map<UUID, RecordedEvent<Object>> events) {
        for (Map.Entry<UUID, RecordedEvent<Object>> event : events.entrySet()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyAll(name, subscriber, Map.of(event.getKey(), event.getValue())));
            } catch (RuntimeException failure) {
                if (Failures.isTransient(failure)) {
                    throw failure;
                }
                LOG.warnf("rebuild of %s skips event %s, which the projection refuses: %s", name, event.getKey(), failure.toString());
                QuarkusTransaction.requiringNew().run(() -> processed.claim(name, java.util.List.of(event.getKey()), "skipped"));
            }
        }
    }

    /** The highest position at a moment when no append is in flight. */
    private long horizon() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement lock = c.prepareStatement("LOCK TABLE events IN SHARE MODE");
                 PreparedStatement max = c.prepareStatement("SELECT coalesce(max(position), 0) FROM events")) {
                lock.execute();
                try (ResultSet rs = max.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
