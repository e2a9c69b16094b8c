package org.reformplatform.messagingtrial;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.reformplatform.eventsourcing.ops.AfterCommit;
import org.reformplatform.eventsourcing.projection.ForeignEvent;
import org.reformplatform.eventsourcing.projection.ForeignEventHandler;

/**
 * The backlog taken by the kernel's real hand-written path: a handler of another service's events,
 * run by the kernel's {@code SubscriptionWorker} under the group {@code trial.handlers}, which claims
 * each event in processed_events in the batch's transaction and commits the offsets after it. The
 * handler does nothing with the event but count it, once its transaction has committed.
 */
@ApplicationScoped
public class KernelPath implements ForeignEventHandler {

    @Inject
    Drains drains;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Override
    public String name() {
        return Drains.KERNEL;
    }

    @Override
    public List<String> topics() {
        return List.of(Backlog.TOPIC);
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(Backlog.SERVICE + ".ThingHappened");
    }

    @Override
    public void handle(ForeignEvent event) {
        Drain drain = drains.kernel();
        drain.received();
        AtomicLong inThisTransaction = (AtomicLong) transaction.getResource(KernelPath.class);
        if (inThisTransaction == null) {
            AtomicLong counted = new AtomicLong();
            transaction.putResource(KernelPath.class, counted);
            AfterCommit.run(transaction, () -> drain.committed(counted.get(), counted.get()));
            inThisTransaction = counted;
        }
        inThisTransaction.incrementAndGet();
    }
}
