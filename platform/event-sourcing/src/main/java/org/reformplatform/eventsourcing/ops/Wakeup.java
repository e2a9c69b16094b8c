package org.reformplatform.eventsourcing.ops;

import java.time.Duration;

import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Wakes a background loop that is waiting for work (the outbox relay, the deadline dispatcher) as
 * soon as something in this JVM gives it some, so that it need not poll often to answer quickly.
 * A signal given while the loop is busy is kept for its next wait.
 */
public class Wakeup {

    private final Object monitor = new Object();
    private boolean pending;

    public void signal() {
        synchronized (monitor) {
            pending = true;
            monitor.notifyAll();
        }
    }

    /**
     * Signals once the caller's transaction has committed, and not at all if it rolls back: before
     * the commit the loop would look, find nothing yet, and go back to sleep.
     */
    public void signalAfterCommit(TransactionSynchronizationRegistry transactions) {
        AfterCommit.run(transactions, this::signal);
    }

    /** Waits for a signal or the timeout, whichever comes first. */
    public void await(Duration timeout) throws InterruptedException {
        synchronized (monitor) {
            if (!pending) {
                monitor.wait(Math.max(1, timeout.toMillis()));
            }
            pending = false;
        }
    }
}
