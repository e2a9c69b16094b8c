package org.reformplatform.eventsourcing.simulation;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * The recorded events a simulation may read: the store up to one global position, fixed when the
 * simulation started, so that a rerun reads exactly the same events. Read-only by construction.
 */
public interface History {

    /** The last global position read; events appended later are not part of the simulation. */
    long upTo();

    /** The moment the simulation looks from: deadlines due by then have fired in the simulated world. */
    Instant asOf();

    /** How many events of these stream types the history holds (for progress). */
    long count(Set<String> streamTypes);

    /** Every event of these stream types, in position order. */
    void forEach(Set<String> streamTypes, Consumer<RecordedEvent<Object>> each);
}
