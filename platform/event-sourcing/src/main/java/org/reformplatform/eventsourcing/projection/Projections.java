package org.reformplatform.eventsourcing.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.messaging.KafkaClients;
import org.reformplatform.eventsourcing.ops.PlatformMetrics;
import org.reformplatform.eventsourcing.outbox.OutboxEnvelopes;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * Runs every projection and foreign-event handler of the service: one consumer loop for the
 * projections of the service's own events, one for the handlers of other services' events, started
 * with the application. Also the entry point for operators: status, lag and rebuilds.
 */
@ApplicationScoped
public class Projections {

    private static final Logger LOG = Logger.getLogger(Projections.class);

    /** The consumer group of the service's own projections is {@code <service>.projections}. */
    static final String PROJECTIONS_GROUP = "projections";

    /**
     * The consumer group of all handlers of other services' events is {@code <service>.handlers}
     * (until 2026-12-07 each handler had a group of its own, {@code <service>.<handler>}).
     */
    static final String HANDLERS_GROUP = "handlers";

    /** What the consumer loops share. */
    record Dependencies(PlatformSettings settings, KafkaClients clients, ProcessedEvents processed, ProjectionStatus status,
            DeadLetters deadLetters, PlatformMetrics metrics, EventCodec codec, OutboxEnvelopes envelopes, Transactions transactions) {
    }

    /** One projection or handler as operators see it. */
    public record View(String name, String kind, List<String> topics, List<String> tables, long lag, double lagSeconds,
            ProjectionStatus.Row status) {
    }

    @Inject
    Instance<Projection> projections;

    @Inject
    Instance<ForeignEventHandler> handlers;

    @Inject
    PlatformSettings settings;

    @Inject
    KafkaClients clients;

    @Inject
    ProcessedEvents processed;

    @Inject
    ProjectionStatus status;

    @Inject
    DeadLetters deadLetters;

    @Inject
    PlatformMetrics metrics;

    @Inject
    EventCodec codec;

    @Inject
    Rebuilds rebuilds;

    @Inject
    Verifications verifications;

    @Inject
    Projector projector;

    @Inject
    Transactions transactions;

    @Inject
    OutboxEnvelopes envelopes;

    @Inject
    DeadLetterLog deadLetterLog;

    @Inject
    org.reformplatform.eventsourcing.ops.Tracing tracing;

    private final Map<String, Subscriber> subscribers = new LinkedHashMap<>();
    private final Map<String, SubscriptionWorker> workers = new LinkedHashMap<>();
    private ScheduledExecutorService watchdog;

    void onStart(@Observes StartupEvent startup) {
        for (Projection projection : projections) {
            register(new ProjectionSubscriber(projection, projector, codec, settings, metrics));
            metrics.gauge("platform.projection.gaps", "Events waiting for a missing event of their stream", () -> gaps(projection.name()),
                    "projection", projection.name());
        }
        for (ForeignEventHandler handler : handlers) {
            register(new ForeignSubscriber(handler, processed, codec, tracing));
        }
        metrics.gauge("platform.dead_letters.open", "Dead letters no operator has replayed or discarded yet", this::openDeadLetters);
        if (!settings.projectionsEnabled()) {
            return;
        }
        rebuildWhatWasBuiltBeforeCursors();
        Dependencies deps = new Dependencies(settings, clients, processed, status, deadLetters, metrics, codec, envelopes, transactions);
        // One consumer for every projection of the service's own events, one for every handler of
        // other services' events: each fans its batches out, each subscriber keeps its own records.
        List<Subscriber> own = subscribers.values().stream().filter(s -> s.rebuildable() != null).toList();
        if (!own.isEmpty()) {
            start(new SubscriptionWorker(PROJECTIONS_GROUP, own, deps), own);
        }
        List<Subscriber> foreign = subscribers.values().stream().filter(s -> s.rebuildable() == null).toList();
        if (!foreign.isEmpty()) {
            start(new SubscriptionWorker(HANDLERS_GROUP, foreign, deps), foreign);
        }
        // A rebuild that died (its replica crashed) leaves its projection paused: take it up again.
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rebuild-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::resumeStaleRebuilds, 0, ProjectionStatus.STALE_SECONDS, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        new java.util.LinkedHashSet<>(workers.values()).forEach(SubscriptionWorker::stop);
    }

    private void start(SubscriptionWorker worker, List<Subscriber> fed) {
        for (Subscriber subscriber : fed) {
            workers.put(subscriber.name(), worker);
            metrics.gauge("platform.projection.lag", "Events on the topic not yet applied", worker::lag, "projection", subscriber.name());
            metrics.gauge("platform.projection.lag.seconds", "Age of the last applied event while behind", worker::lagSeconds,
                    "projection", subscriber.name());
        }
        worker.start();
    }

    private void register(Subscriber subscriber) {
        if (subscribers.putIfAbsent(subscriber.name(), subscriber) != null) {
            throw new IllegalStateException("two projections or handlers are named " + subscriber.name());
        }
        status.ensure(subscriber.name());
    }

    private void resumeStaleRebuilds() {
        try {
            for (String name : status.staleRebuilds()) {
                Subscriber subscriber = subscribers.get(name);
                if (subscriber != null && subscriber.rebuildable() != null) {
                    LOG.warnf("the rebuild of %s stopped half-way; starting it again", name);
                    rebuilds.start(subscriber.rebuildable());
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf("stale rebuild check failed: %s", e.toString());
        }
    }

    private void rebuildWhatWasBuiltBeforeCursors() {
        for (Subscriber subscriber : subscribers.values()) {
            Projection projection = subscriber.rebuildable();
            if (projection != null && status.builtBeforeCursors(projection.name())) {
                LOG.warnf("%s was built before stream cursors: rebuilding it in stream order beside the live copy", projection.name());
                rebuilds.start(projection);
            }
        }
    }

    private double openDeadLetters() {
        try {
            return deadLetterLog.openCount();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double gaps(String projection) {
        try {
            return status.gaps(projection);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    public List<View> all() {
        List<View> views = new ArrayList<>();
        for (Subscriber subscriber : subscribers.values()) {
            views.add(view(subscriber));
        }
        return views;
    }

    public Optional<View> named(String name) {
        return Optional.ofNullable(subscribers.get(name)).map(this::view);
    }

    /**
     * Starts rebuilding a projection from the event store.
     *
     * @return empty if there is no such projection or it cannot be rebuilt; false inside if a rebuild is already running
     */
    public Optional<Boolean> rebuild(String name) {
        Subscriber subscriber = subscribers.get(name);
        if (subscriber == null || subscriber.rebuildable() == null) {
            return Optional.empty();
        }
        return Optional.of(rebuilds.start(subscriber.rebuildable()));
    }

    /** Verifies a projection against the store or its topic; empty if there is no such projection. */
    public Optional<Verifications.Verification> verify(String name, Verifications.Source source) {
        return projection(name).map(p -> verifications.verify(p, source));
    }

    /** The digests of a projection's live tables; empty if there is no such projection. */
    public Optional<List<ReadModelDigest.TableDigest>> digest(String name) {
        return projection(name).map(verifications::digest);
    }

    /** The projection or handler of that name, for replaying its dead letters. */
    Optional<Subscriber> subscriber(String name) {
        return Optional.ofNullable(subscribers.get(name));
    }

    private Optional<Projection> projection(String name) {
        return Optional.ofNullable(subscribers.get(name)).map(Subscriber::rebuildable);
    }

    private View view(Subscriber subscriber) {
        SubscriptionWorker worker = workers.get(subscriber.name());
        Projection projection = subscriber.rebuildable();
        return new View(subscriber.name(), projection != null ? "projection" : "handler", subscriber.topics(),
                projection != null ? projection.tables() : List.of(), worker == null ? 0 : worker.lag(), worker == null ? 0 : worker.lagSeconds(),
                status.row(subscriber.name()).orElse(null));
    }
}
