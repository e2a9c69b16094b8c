package org.reformplatform.eventsourcing.command;

import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.store.ConcurrencyConflict;

/**
 * Runs a command in a transaction of its own. When another writer appended first and the caller
 * did not pin a version, the whole unit runs again on the new state: the business rules are
 * checked against what is really there, never skipped.
 */
@ApplicationScoped
public class UnitOfWork {

    @Inject
    PlatformSettings settings;

    public <T> T run(boolean retryOnConflict, Callable<T> work) {
        int attempts = retryOnConflict ? settings.maxConflictRetries() + 1 : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work);
            } catch (ConcurrencyConflict conflict) {
                if (attempt >= attempts) {
                    throw conflict;
                }
                backOff(attempt);
            }
        }
    }

    // Full jitter over an exponentially growing window (5, 10, 20 ... 160 ms): writers that keep
    // colliding on one hot stream spread out instead of colliding again in step.
    private static void backOff(int attempt) {
        long window = 5L << Math.min(attempt - 1, 5);
        try {
            Thread.sleep((long) (Math.random() * window));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
