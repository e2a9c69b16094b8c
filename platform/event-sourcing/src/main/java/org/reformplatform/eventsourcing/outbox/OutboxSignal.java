package org.reformplatform.eventsourcing.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.eventsourcing.ops.Wakeup;

/**
 * Wakes the relay as soon as a transaction with new events commits in this JVM, so that publishing
 * does not wait for the next idle poll. Other replicas' events are found by polling.
 */
@ApplicationScoped
public class OutboxSignal extends Wakeup {
}
