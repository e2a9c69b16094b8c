package org.reformplatform.eventsourcing.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Singleton;

/**
 * The one clock of a service: every event's time, every "today" a rule reads and every deadline's
 * due time come from it. It is the real time in UTC plus an offset that is zero in production;
 * tests move the offset to let months pass in a second (they never sleep for a deadline), and a
 * local or system-test platform may do so over {@code /ops/clock} when {@code
 * platform.clock.adjustable} is on.
 */
@Singleton
public class PlatformClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;
    private final List<Runnable> moveListeners = new CopyOnWriteArrayList<>();

    @Override
    public Instant instant() {
        Instant stopped = frozen;
        if (stopped != null) {
            return stopped;
        }
        Duration shift = offset;
        Instant now = Instant.now();
        return shift.isZero() ? now : now.plus(shift);
    }

    /** Moves the clock forward (or, with a negative amount, back). */
    public synchronized void advance(Duration amount) {
        offset = offset.plus(amount);
        if (frozen != null) {
            frozen = frozen.plus(amount);
        }
        moved();
    }

    /** Sets the clock to this moment; it runs on from there. */
    public synchronized void travelTo(Instant moment) {
        frozen = null;
        offset = Duration.between(Instant.now(), moment);
        moved();
    }

    /** Stops the clock at this moment (a test that needs the last second of a month to stay in it). */
    public synchronized void freezeAt(Instant moment) {
        offset = Duration.between(Instant.now(), moment);
        frozen = moment;
        moved();
    }

    /** Back to the real time. */
    public synchronized void backToNow() {
        frozen = null;
        offset = Duration.ZERO;
        moved();
    }

    /**
     * Runs this whenever the clock is moved: whatever sleeps until a moment by this clock (the
     * deadline dispatcher) must look again, the moment may have come.
     */
    public void onMove(Runnable listener) {
        moveListeners.add(listener);
    }

    private void moved() {
        moveListeners.forEach(Runnable::run);
    }

    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
