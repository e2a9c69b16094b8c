package org.reformplatform.eventsourcing.command;

import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.outbox.OutboxSignal;
import org.reformplatform.eventsourcing.store.CommitOutcomes;
import org.reformplatform.eventsourcing.store.ConcurrencyConflict;

/**
 * Runs a command in a transaction of its own. When another writer appended first and the caller
 * did not pin a version, the whole unit runs again on the new state: the business rules are
 * checked against what is really there, never skipped.
 *
 * <p>When the database breaks off the COMMIT itself, the unit asks it, once it answers again, whether
 * the transaction had committed ({@link CommitOutcomes}): a command that took effect is answered as
 * done, one that did not as unavailable, and only when the database stays away past the patience is
 * the outcome reported as unknown ({@link CommitInDoubt}). Never "nothing changed" for a change that
 * is stored.
 */
@ApplicationScoped
public class UnitOfWork {

    @Inject
    PlatformSettings settings;

    @Inject
    CommitOutcomes commitOutcomes;

    @Inject
    OutboxSignal outboxSignal;

    public <T> T run(boolean retryOnConflict, Callable<T> work) {
        int attempts = retryOnConflict ? settings.maxConflictRetries() + 1 : 1;
        for (int attempt = 1; ; attempt++) {
            Finished<T> finished = new Finished<>();
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    T result = work.call();
                    finished.result = result;
                    finished.witness = commitOutcomes.current();
                    return result;
                });
            } catch (ConcurrencyConflict conflict) {
                if (attempt >= attempts) {
                    throw conflict;
                }
                backOff(attempt);
            } catch (RuntimeException failure) {
                if (finished.witness == null || !Failures.isDatabaseFailure(failure)) {
                    throw failure;
                }
                // The work was done and the database failed at its COMMIT: ask what became of it.
                switch (commitOutcomes.resolve(finished.witness)) {
                    case COMMITTED -> {
                        outboxSignal.signal();
                        return finished.result;
                    }
                    case ROLLED_BACK -> throw failure;
                    default -> throw new CommitInDoubt(failure);
                }
            }
        }
    }

    /** What the work returned, and the witness of its transaction, once it has returned. */
    private static final class Finished<T> {
        T result;
        CommitOutcomes.Witness witness;
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
