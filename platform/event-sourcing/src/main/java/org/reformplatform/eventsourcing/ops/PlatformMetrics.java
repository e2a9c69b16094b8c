package org.reformplatform.eventsourcing.ops;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The kernel's metrics, on {@code /q/metrics} in Prometheus format: commands, appends, conflicts,
 * outbox backlog and publication, projection lag and dead letters. Names are documented in
 * docs/operations.md.
 */
@ApplicationScoped
public class PlatformMetrics {

    @Inject
    MeterRegistry registry;

    public void command(String command, String outcome, long nanos) {
        Timer.builder("platform.commands").description("Commands handled, by outcome")
                .tag("command", command).tag("outcome", outcome)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void appended(String streamType, int events) {
        counter("platform.events.appended", "Events appended to the store", "stream_type", streamType).increment(events);
    }

    public void conflict(String streamType) {
        counter("platform.events.conflicts", "Appends refused because another writer got there first", "stream_type", streamType).increment();
    }

    public void published(int events) {
        counter("platform.outbox.published", "Events the relay published to Kafka").increment(events);
    }

    public void relayFailure(String reason) {
        counter("platform.outbox.failures", "Relay passes that failed and will be retried", "reason", reason).increment();
    }

    public void deadLettered(String consumer) {
        counter("platform.projection.dead_letters", "Events sent to the dead-letter topic", "projection", consumer).increment();
    }

    public void applied(String consumer, int events) {
        counter("platform.projection.applied", "Events applied by a projection", "projection", consumer).increment(events);
    }

    /** What the projector did with a batch: duplicates passed over and events parked for a gap are counted. */
    public void projected(String projection, org.reformplatform.eventsourcing.projection.Projector.Outcome outcome) {
        if (outcome.duplicates() > 0) {
            counter("platform.projection.duplicates", "Events delivered again and passed over", "projection", projection)
                    .increment(outcome.duplicates());
        }
        if (outcome.parked() > 0) {
            counter("platform.projection.parked", "Events that arrived ahead of a missing one and waited for it", "projection", projection)
                    .increment(outcome.parked());
        }
    }

    /** A deadline closed: fired, refused (no longer applicable) or failed for now; {@code lagNanos} after its due time. */
    public void deadline(String name, String outcome, long lagNanos) {
        Timer.builder("platform.deadlines.firing.lag").description("How long after its due time a deadline was acted on, by outcome")
                .tag("deadline", name).tag("outcome", outcome)
                .publishPercentiles(0.5, 0.99)
                .register(registry).record(Math.max(0, lagNanos), TimeUnit.NANOSECONDS);
    }

    public void gauge(String name, String description, Supplier<Number> value, String... tags) {
        Gauge.builder(name, value).description(description).tags(tags).register(registry);
    }

    /** A count kept by {@code state} (a cache's hits, say), exported as a counter; the caller keeps {@code state} alive. */
    public <T> void counted(String name, String description, T state, ToDoubleFunction<T> count) {
        FunctionCounter.builder(name, state, count).description(description).register(registry);
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }
}
