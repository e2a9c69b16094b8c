package org.reformplatform.systemtests.scenario;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Read models follow the commands within milliseconds to a second: a read-back polls until the
 * answer is what is expected or the time is up, and then returns the last answer either way, so
 * that the figures table shows what was really read.
 */
final class Eventually {

    static final Duration DEFAULT = Duration.ofSeconds(Long.getLong("scenario.read-timeout-seconds", 60));

    private Eventually() {
    }

    static <T> T read(Supplier<T> reader, Predicate<T> done) {
        return read(reader, done, DEFAULT);
    }

    static <T> T read(Supplier<T> reader, Predicate<T> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        while (true) {
            T value = reader.get();
            if (done.test(value) || System.nanoTime() > deadline) {
                return value;
            }
            sleep(pause);
            pause = Math.min(pause * 2, 500);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
