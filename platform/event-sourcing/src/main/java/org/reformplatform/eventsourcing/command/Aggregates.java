package org.reformplatform.eventsourcing.command;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.Id;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.ops.AfterCommit;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.StreamRef;

/**
 * Loads aggregates from their streams and runs commands against them: load the stream, decide,
 * append, all in the caller's transaction. Several {@code handle} calls in one transaction append
 * atomically (e.g. an application and the seat it takes in its intake event).
 */
@ApplicationScoped
public class Aggregates {

    @Inject
    EventStore store;

    @Inject
    CommandMetadata metadata;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    PlatformSettings settings;

    private StateCache cache;

    @PostConstruct
    void init() {
        cache = new StateCache(settings.stateCacheSize());
    }

    /** The aggregate as of now: always current, read from its stream. */
    @SuppressWarnings("unchecked")
    public <S, C, E> Loaded<S> load(StreamRef stream, Decider<S, C, E> decider) {
        long generation = cache.generation();
        Loaded<S> cached = inThisTransaction(stream);
        if (cached == null) {
            cached = cache.get(stream);
        }
        S state = cached == null ? decider.initialState() : cached.state();
        int version = cached == null ? 0 : cached.version();
        List<RecordedEvent<Object>> newer = store.readStream(stream, version);
        for (RecordedEvent<Object> event : newer) {
            state = decider.evolve(state, (E) event.event());
            version = event.streamVersion();
        }
        Loaded<S> loaded = new Loaded<>(state, version);
        if (!newer.isEmpty()) {
            remember(stream, loaded, generation);
        }
        return loaded;
    }

    /**
     * Decides the command against the current state and appends what it decided.
     *
     * @param expectedVersion the version the caller saw ({@code If-Match}), if it named one
     * @throws StaleVersion when the caller's version is not the current one
     * @throws org.reformplatform.eventsourcing.domain.RuleViolation when a rule refuses the command
     * @throws org.reformplatform.eventsourcing.store.ConcurrencyConflict when another writer got there first
     */
    // A refusal is decided before anything is appended: it leaves the caller's transaction usable
    // (a handler may catch it and carry on), unlike a failed append.
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = {RuleViolation.class, StaleVersion.class})
    public <S, C, E> Decision<S> handle(StreamRef stream, Decider<S, C, E> decider, C command, OptionalInt expectedVersion) {
        long generation = cache.generation();
        Loaded<S> loaded = load(stream, decider);
        if (expectedVersion.isPresent() && expectedVersion.getAsInt() != loaded.version()) {
            throw new StaleVersion(expectedVersion.getAsInt(), loaded.version());
        }
        List<E> events = decider.decide(command, loaded.state());
        if (events.isEmpty()) {
            return new Decision<>(loaded.state(), loaded.version(), List.of());
        }
        List<RecordedEvent<Object>> recorded = store.append(stream, loaded.version(), events, metadata.current());
        Loaded<S> after = new Loaded<>(decider.fold(loaded.state(), events), loaded.version() + events.size());
        remember(stream, after, generation);
        return new Decision<>(after.state(), after.version(), recorded);
    }

    public <S, C, E> Decision<S> handle(StreamRef stream, Decider<S, C, E> decider, C command) {
        return handle(stream, decider, command, OptionalInt.empty());
    }

    /** The aggregate with this id, as of now. */
    public <S, C, E> Loaded<S> load(AggregateType<S, C, E> type, Id id) {
        return load(StreamRef.of(type.streamType(), id), type.decider());
    }

    /** Runs a command against the aggregate with this id; see {@link #handle(StreamRef, Decider, Object, OptionalInt)}. */
    public <S, C, E> Decision<S> handle(AggregateType<S, C, E> type, Id id, C command, OptionalInt expectedVersion) {
        return handle(StreamRef.of(type.streamType(), id), type.decider(), command, expectedVersion);
    }

    /**
     * The aggregate as of now, which must exist: {@code unknown} (the feature's own 404 naming the id)
     * when its stream is empty. Checked before a command so that an unknown id is a 404, not a stale
     * {@code If-Match}; the decider's own "no such ..." refusal stays a safety net.
     */
    public <S, C, E> Loaded<S> load(AggregateType<S, C, E> type, Id id, Supplier<? extends RuntimeException> unknown) {
        Loaded<S> loaded = load(type, id);
        if (!loaded.exists()) {
            throw unknown.get();
        }
        return loaded;
    }

    /** Runs a command against an aggregate that must exist; {@code unknown} when it does not. */
    public <S, C, E> Decision<S> handle(AggregateType<S, C, E> type, Id id, C command, OptionalInt expectedVersion,
            Supplier<? extends RuntimeException> unknown) {
        load(type, id, unknown);
        return handle(type, id, command, expectedVersion);
    }

    public <S, C, E> Decision<S> handle(AggregateType<S, C, E> type, Id id, C command) {
        return handle(type, id, command, OptionalInt.empty());
    }

    /**
     * Runs a command on a hot stream: one that many writers append to at once, as every submission
     * takes a place in its intake event's stream. The writers of the stream take turns, on every
     * replica (a transaction-scoped lock on the stream, held until the caller's transaction ends),
     * instead of deciding on the same version, colliding and retrying: under load that retry storm
     * was most of the work (27,967 retried appends at 16 clients). Every writer of such a stream
     * must come through here; the invariant itself stays the decider's, checked on the current state.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = {RuleViolation.class, StaleVersion.class})
    public <S, C, E> Decision<S> handleInTurn(AggregateType<S, C, E> type, Id id, C command, OptionalInt expectedVersion) {
        StreamRef stream = StreamRef.of(type.streamType(), id);
        store.takeTurn(stream);
        return handle(stream, type.decider(), command, expectedVersion);
    }

    public <S, C, E> Decision<S> handleInTurn(AggregateType<S, C, E> type, Id id, C command) {
        return handleInTurn(type, id, command, OptionalInt.empty());
    }

    /**
     * Runs a creating command on an aggregate whose id was just drawn at random: its stream cannot
     * exist, so it is decided against the initial state without reading, and appended as version 1
     * onwards. Should the id exist after all, the append fails with a {@link
     * org.reformplatform.eventsourcing.store.ConcurrencyConflict} rather than overwrite anything.
     */
    // A refusal is decided before anything is appended: it leaves the caller's transaction usable
    // (a handler may catch it and carry on), unlike a failed append.
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = {RuleViolation.class, StaleVersion.class})
    public <S, C, E> Decision<S> create(AggregateType<S, C, E> type, Id id, C command) {
        long generation = cache.generation();
        Decider<S, C, E> decider = type.decider();
        StreamRef stream = StreamRef.of(type.streamType(), id);
        List<E> events = decider.decide(command, decider.initialState());
        List<RecordedEvent<Object>> recorded = store.append(stream, 0, events, metadata.current());
        Loaded<S> after = new Loaded<>(decider.fold(decider.initialState(), events), events.size());
        if (!events.isEmpty()) {
            remember(stream, after, generation);
        }
        return new Decision<>(after.state(), after.version(), recorded);
    }

    @SuppressWarnings("unchecked")
    private <S> Loaded<S> inThisTransaction(StreamRef stream) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        return (Loaded<S>) transactions.getResource(new TransactionLocal(stream));
    }

    /** Key of a state kept with the current transaction. */
    private record TransactionLocal(StreamRef stream) {
    }

    /**
     * Forgets every cached state: after an erasure (a state may hold the subject's data in clear),
     * in this replica or another (privacy.ErasureWatch), and in tests that rewrite the store. A load
     * that began before is not cached.
     */
    public void forgetCachedStates() {
        cache.clear();
    }

    /**
     * Caches only what is committed: inside a transaction, after it commits. Until then the state is
     * kept with the transaction, so that later commands in the same unit of work (a loader issuing
     * many) start from it instead of replaying what this transaction appended.
     */
    private void remember(StreamRef stream, Loaded<?> loaded, long generation) {
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.putResource(new TransactionLocal(stream), loaded);
            AfterCommit.run(transactions, () -> cache.put(stream, loaded, generation));
        } else {
            cache.put(stream, loaded, generation);
        }
    }
}
