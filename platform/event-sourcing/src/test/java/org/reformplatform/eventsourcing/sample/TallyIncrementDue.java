package org.reformplatform.eventsourcing.sample;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.Deadlines;
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

    @Inject
    Deadlines deadlines;

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
        TallyId tally = new TallyId(deadline.streamUuid());
        aggregates.handle(StreamRef.of(Tally.STREAM_TYPE, tally), Tally.DECIDER, new Tally.Increment(payload.by(), payload.note()));
        // "repeat:<n>": the firing schedules the same deadline again a day later, n more times.
        if (payload.note() != null && payload.note().startsWith("repeat:")) {
            int more = Integer.parseInt(payload.note().substring("repeat:".length()));
            if (more > 0) {
                deadlines.schedule(Deadline.of(NAME, tally, deadline.dueAt().plus(Duration.ofDays(1)), deadline.organisation(),
                        "Again", new Payload(payload.by(), "repeat:" + (more - 1))));
            }
        }
    }
}
