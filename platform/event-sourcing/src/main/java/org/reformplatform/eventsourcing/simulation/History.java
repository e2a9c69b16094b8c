package org.reformplatform.eventsourcing.simulation;

import java.time.Instant;
import java.util.Collection;
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

    /**
     * Only the events of these types (in streams of these types), in position order: a narrow first
     * pass, e.g. the submissions that say which streams a scope takes, without decoding the rest.
     */
    void forEach(Set<String> streamTypes, Set<String> eventTypes, Consumer<RecordedEvent<Object>> each);

    /**
     * Every event of these streams, in position order, read at once: a large scope is read a part
     * (some hundreds of streams) per call, so that it is never all in memory and the rest of the
     * store is not read.
     */
    void forEachOfStreams(Collection<String> streamIds, Consumer<RecordedEvent<Object>> each);
}
