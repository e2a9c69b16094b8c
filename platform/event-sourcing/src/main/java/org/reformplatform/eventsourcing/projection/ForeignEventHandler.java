package org.reformplatform.eventsourcing.projection;

import java.util.List;
import java.util.Set;

/**
 * Reacts to another service's events, translating them into this service's terms: usually by
 * running a command, sometimes by parking the event until the fact it refers to arrives (see
 * {@link ParkedEvents}). Each event is handled in the same transaction that records it as processed,
 * with the same dead-letter handling as projections.
 */
public interface ForeignEventHandler {

    /** A stable name: the consumer group is {@code <service>.<name>}. */
    String name();

    /** The topics it reads, e.g. {@code admissions.events}. */
    List<String> topics();

    /** The types it handles, without version: {@code admissions.StudentAdmitted}. */
    Set<String> eventTypes();

    /** Handles one event, inside the caller's transaction. */
    void handle(ForeignEvent event);
}
