package org.reformplatform.eventsourcing.projection;

import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way a batch goes through in spite of events refused for reasons of their own: each
 * attempt runs in a fresh transaction, passing over the events refused so far; an attempt that
 * fails on one more refused event is rolled back and tried again without it. A batch with k
 * refused events takes k + 1 attempts; the rest of it is applied once.
 */
final class Refusals {

    private Refusals() {
    }

    /**
     * @param refused  event ids refused so far; grows with each refusal met
     * @param attempt  one attempt in a transaction of its own, given the ids to pass over
     * @param onRefusal told of each new refusal
     */
    static <T> T apply(Set<UUID> refused, Function<Set<UUID>, T> attempt, Consumer<EventRefused> onRefusal) {
        while (true) {
            try {
                return attempt.apply(Set.copyOf(refused));
            } catch (EventRefused refusal) {
                if (!refused.add(refusal.event().eventId())) {
                    // Refused although passed over: not the event's fault after all.
                    throw new IllegalStateException("event " + refusal.event().eventId() + " was refused twice", refusal);
                }
                onRefusal.accept(refusal);
            }
        }
    }

}
