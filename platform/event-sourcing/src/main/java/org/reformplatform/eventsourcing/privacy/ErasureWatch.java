package org.reformplatform.eventsourcing.privacy;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.command.Aggregates;

/**
 * Erasures made by another replica of this service, seen here: every
 * {@code platform.personal-data.erasure-watch} (1 s) the replica counts the subjects forgotten in its
 * database, and when the number grew it drops every cached key and every cached aggregate state
 * (which may hold a forgotten subject's data in clear, opened before the erasure). Without it, a
 * replica that did not run the erasure served a cached state, name included, until the stream got
 * a new event or the replica restarted. The replica that runs an erasure drops its own at once
 * ({@link SubjectRequests#afterErasure}); the other replicas within the interval.
 */
@ApplicationScoped
public class ErasureWatch {

    private static final Logger LOG = Logger.getLogger(ErasureWatch.class);

    @Inject
    SubjectKeys keys;

    @Inject
    Aggregates aggregates;

    @ConfigProperty(name = "platform.personal-data.erasure-watch", defaultValue = "1S")
    Duration interval;

    private ScheduledExecutorService watch;
    private long seen = -1;

    void onStart(@Observes StartupEvent startup) {
        watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "erasure-watch");
            t.setDaemon(true);
            return t;
        });
        watch.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent shutdown) {
        if (watch != null) {
            watch.shutdownNow();
        }
    }

    /** Drops the caches if a subject was forgotten since the last check; returns whether it did. */
    synchronized boolean check() {
        try {
            long forgotten = keys.forgottenCount();
            boolean grew = seen >= 0 && forgotten != seen;
            if (grew) {
                // Keys first: a state folded after its cache was cleared then finds no key to open with.
                keys.evictAll();
                aggregates.forgetCachedStates();
            }
            seen = forgotten;
            return grew;
        } catch (RuntimeException e) {
            // The database away: try again at the next tick (the caches stay as they are meanwhile).
            LOG.debugf(e, "erasure watch: the forgotten subjects could not be counted");
            return false;
        }
    }
}
