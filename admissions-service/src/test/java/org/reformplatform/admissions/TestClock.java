package org.reformplatform.admissions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in tests: the real time, unless a test travels to another moment to show
 * rolling admission across months. Replaces the kernel's default clock bean; tests put it back with
 * {@link #backToNow()} in a finally block.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void travelTo(Instant moment) {
        fixed = moment;
    }

    public void backToNow() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant moment = fixed;
        return moment != null ? moment : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
