package org.reformplatform.eventsourcing.sample;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;
import org.reformplatform.eventsourcing.store.StreamRef;

/** A sample deadline for the kernel's tests: a tally increments itself when it falls due. */
@ApplicationScoped
public class TallyIncrementDue implements DeadlineHandler {

    public static final String NAME = "kerneltest.TallyIncrementDue";

    public record Payload(int by, String note) {
    }

    /** Firings that fail before they reach the command, as when the database goes away mid-way. */
    private final AtomicInteger failuresToInject = new AtomicInteger();

    @Inject
    Aggregates aggregates;

    /** The next {@code count} firings fail. */
    public void failNext(int count) {
        failuresToInject.set(count);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void fire(DueDeadline deadline) {
        if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("injected failure: the database went away");
        }
        Payload payload = deadline.payload(Payload.class);
        aggregates.handle(StreamRef.of(Tally.STREAM_TYPE, new TallyId(deadline.streamUuid())), Tally.DECIDER,
                new Tally.Increment(payload.by(), payload.note()));
    }
}
