package org.reformplatform.mobility.simulation;

import java.time.Instant;
import java.util.List;

import org.reformplatform.mobility.arrangement.ArrangementEvent;
import org.reformplatform.mobility.arrangement.ArrangementEvent.ArrangementApproved;

/**
 * One arrangement's recorded history, in order: each event with the moment it was stored and
 * whether a deadline caused it (the kernel's dispatcher records its events as actor
 * {@code deadline:<name>}): those are not inputs, the simulated policy's deadlines produce their own.
 */
public record RecordedArrangement(List<Entry> entries) {

    public record Entry(ArrangementEvent event, Instant occurredAt, boolean byDeadline) {
    }

    public RecordedArrangement {
        entries = List.copyOf(entries);
    }

    /** The recorded approval, if there was one: a policy applies to an arrangement from its approval on. */
    public ArrangementApproved approval() {
        for (Entry e : entries) {
            if (e.event() instanceof ArrangementApproved approved) {
                return approved;
            }
        }
        return null;
    }
}
