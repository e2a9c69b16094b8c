package org.reformplatform.eventsourcing.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Wakes the relay as soon as a transaction with new events commits in this JVM, so that publishing
 * does not wait for the next idle poll. Other replicas' events are found by polling.
 */
@ApplicationScoped
public class OutboxSignal {

    private final Object monitor = new Object();
    private boolean pending;

    public void signal() {
        synchronized (monitor) {
            pending = true;
            monitor.notifyAll();
        }
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
