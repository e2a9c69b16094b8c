package org.reformplatform.eventsourcing.projection;

import java.util.List;
import java.util.Set;

import org.reformplatform.eventsourcing.store.RecordedEvent;

/**
 * A read model built from this service's own events: a pure function of the event store. Register
 * it as a CDI bean; the kernel feeds it from the service's topic and guarantees, for every stream,
 * that its events are applied in stream-version order and each exactly once (duplicates are passed
 * over, an event ahead of a missing one waits for it), in the same transaction that records them
 * as taken. A projection therefore never compares versions itself.
 *
 * <p>The kernel can rebuild it into shadow copies of its {@link #tables()} while the live ones keep
 * answering, and can verify it against the store or the topic (see docs/operations.md).
 */
public interface Projection {

    /** A stable name: of its status, cursors and dead letters ({@code dlq_consumer} {@code <service>.<name>}). */
    String name();

    /** The event records it reads; the kernel passes over the others (it still counts them in the stream's order). */
    Set<Class<?>> eventTypes();

    /**
     * The tables it owns and writes, and no others: a rebuild builds shadow copies of exactly these
     * and swaps them in, a verification compares exactly these.
     */
    List<String> tables();

    /**
     * Whether the read model is kept inline: updated in the transaction of the command that appends
     * the events, so that a caller reads its own write at once (the kernel still feeds it from the
     * topic too, where it passes over what it already has). Async by default: updated from the
     * topic, eventually, at no cost to the command.
     */
    default boolean inline() {
        return false;
    }

    /**
     * For an inline projection, the stream types whose appends it takes in the command's transaction
     * ({@code AggregateType.streamType()}); empty, the default, for every stream. Appends to other
     * streams reach it from the topic, as an async projection's do, in their turn and exactly once
     * all the same: a command on a stream it only counts (every submission's seat in its intake
     * event, for a projection of applications) then takes no cursor of it, and a command that must
     * wait its turn on a hot stream holds that turn for less. Read-your-own-write holds for the
     * streams named. Erasures ({@code PersonalData}) are always taken inline.
     */
    default Set<String> inlineStreamTypes() {
        return Set.of();
    }

    /**
     * Called once for each page of events, in the transaction that then applies them one by one
     * ({@link #apply}), with the page's events this projection reads, in the order they will be
     * applied. A projection that keeps rows loads those the page touches here, in one query, so that
     * {@code apply} finds them in memory and the page's changes go back to the database in JDBC
     * batches when the transaction commits, instead of a load and a write per event. It must not
     * write, and what it loads must be what {@code apply} would have read (the rows as they stand).
     * Nothing by default.
     */
    default void beforeApplying(List<RecordedEvent<?>> page) {
    }

    /**
     * Applies one event to the read model, inside the caller's transaction. Only facts of the event
     * (and of earlier events of the projection's own tables) may go into a row: never the clock,
     * another projection's tables or anything else a replay would not see again.
     */
    void apply(RecordedEvent<?> event);
}
