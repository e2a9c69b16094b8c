package org.reformplatform.eventsourcing.deadline;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.reformplatform.eventsourcing.ops.AfterCommit;
import org.reformplatform.eventsourcing.ops.Wakeup;

/**
 * Wakes the deadline dispatcher when a deadline committed in this JVM falls due before the moment
 * the dispatcher means to look next. The dispatcher sleeps until its next known due time, so an
 * idle service does not poll the database every second; without this signal a deadline scheduled
 * meanwhile would wait for that wake-up.
 */
@ApplicationScoped
public class DeadlineSignal extends Wakeup {

    /** When the dispatcher looks next, by the platform's clock; {@link Instant#MAX} while it is looking. */
    private volatile Instant nextLook = Instant.MAX;

    /**
     * Wakes the dispatcher after the caller's commit if the deadline falls due before it looks next.
     * The check runs after the commit: a dispatcher that looked before the deadline was visible has
     * by then either set its next look (compared here) or is still looking ({@code MAX}: signalled).
     */
    public void scheduled(Instant dueAt, TransactionSynchronizationRegistry transactions) {
        AfterCommit.run(transactions, () -> {
            if (dueAt.isBefore(nextLook)) {
                signal();
            }
        });
    }

    /** The dispatcher is about to look: any deadline committed from now on signals it. */
    public void looking() {
        nextLook = Instant.MAX;
    }

    /** The dispatcher has looked and sleeps until this moment unless signalled. */
    public void sleepsUntil(Instant moment) {
        nextLook = moment;
    }
}
