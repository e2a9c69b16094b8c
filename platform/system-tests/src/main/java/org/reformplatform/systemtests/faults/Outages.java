package org.reformplatform.systemtests.faults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * When, during one fault, each service was meant to be unable to accept commands, and why; and
 * when the fault itself ran. Times are {@link System#nanoTime()}, the clock {@link CommandLoad}
 * stamps its commands with, so that every answer can be judged by when it was given.
 *
 * <pre>
 * try (Outages.Open down = outages.begin(Outages.Cause.STOPPED, List.of("incubation"))) {
 *     platform.kill("incubation") ... platform.restart(...);
 * }
 * </pre>
 */
public final class Outages {

    /** Why a service may not accept commands for a while, which decides what it may answer meanwhile. */
    public enum Cause {
        /** Its process is not running (killed, stopped, restarting): no answer at all, or a 503 problem while it stops. */
        STOPPED,
        /** It runs, but something it cannot work without is away (its database): a 503 problem, never silence. */
        DEGRADED
    }

    /** One service unable to accept commands from {@code from} to {@code to}. */
    public record Outage(String service, Cause cause, long from, long to) {

        /** Whether a command sent at {@code sent} and answered at {@code answered} was in flight during this outage. */
        public boolean overlaps(long sent, long answered) {
            return sent <= to && answered >= from;
        }
    }

    /** An outage under way; closing it records its end. */
    public final class Open implements AutoCloseable {
        private final Cause cause;
        private final Set<String> services;
        private final long from = System.nanoTime();
        private boolean closed;

        private Open(Cause cause, Collection<String> services) {
            this.cause = cause;
            this.services = Set.copyOf(services);
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            long to = System.nanoTime();
            services.forEach(service -> outages.add(new Outage(service, cause, from, to)));
        }
    }

    private final List<Outage> outages = new CopyOnWriteArrayList<>();
    private volatile long faultFrom;
    private volatile long faultTo;

    /** From now until the returned outage is closed, these services are not expected to accept commands. */
    public Open begin(Cause cause, Collection<String> services) {
        return new Open(cause, services);
    }

    /** Records an outage that is over (what {@link #begin} and {@link Open#close()} do, with times of one's own). */
    void add(String service, Cause cause, long from, long to) {
        outages.add(new Outage(service, cause, from, to));
    }

    /** The fault's own span: from its injection until it ended (what it stopped is back). */
    public void fault(long from, long to) {
        this.faultFrom = from;
        this.faultTo = to;
    }

    public long faultFrom() {
        return faultFrom;
    }

    public long faultTo() {
        return faultTo;
    }

    /** The outages of a service, in the order they ended. */
    public List<Outage> of(String service) {
        List<Outage> mine = new ArrayList<>();
        for (Outage outage : outages) {
            if (outage.service().equals(service)) {
                mine.add(outage);
            }
        }
        return mine;
    }

    /** The services that had an outage. */
    public Set<String> down() {
        return Set.copyOf(outages.stream().map(Outage::service).toList());
    }
}
