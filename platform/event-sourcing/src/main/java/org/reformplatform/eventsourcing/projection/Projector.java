package org.reformplatform.eventsourcing.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.store.RecordedEvent;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * Applies events to a projection in each stream's version order, each exactly once, whatever the
 * order, batching and repetition of their delivery: from the topic, from the store in a rebuild, or
 * both at once while a rebuild races live traffic.
 *
 * <p>For each stream the projection keeps the last version it has taken. An event at or below it is a
 * duplicate (passed over and counted); the next one is applied, or passed over if the projection
 * does not read its type; one further ahead is a gap: it waits, parked, and is applied as soon as
 * the missing events have been. Nothing is ever skipped silently. Runs inside the caller's
 * transaction, which also holds the locks of the streams it touches.
 */
public final class Projector {

    /** What one call did. */
    public record Outcome(int applied, int passedOver, int duplicates, int parked, int released, List<StoredEvent> deadLettered) {

        static final Outcome NONE = new Outcome(0, 0, 0, 0, 0, List.of());

        /** Events taken in stream order (applied, passed over or dead-lettered): the cursors moved by this many. */
        public int taken() {
            return applied + passedOver + deadLettered.size();
        }
    }

    /** The kernel's erasure event (privacy.PersonalDataEvent.SubjectForgotten), the same in every service. */
    private static final String ERASURE = "SubjectForgotten";

    private final StreamCursors cursors;
    private final Function<StoredEvent, RecordedEvent<?>> decoder;
    private final Map<Projection, Set<String>> readTypes = new ConcurrentHashMap<>();

    /**
     * @param decoder turns a stored or delivered event into the current record (upcasting old schema
     *                versions); called only for events the projection reads
     */
    public Projector(Transactions transactions, Function<StoredEvent, RecordedEvent<?>> decoder) {
        this(transactions, decoder, (projection, event) -> {
        });
    }

    /**
     * @param erasures called, in the projection's transaction and in its turn, for each erasure of a
     *                 data subject the projection passes ({@code SubjectForgotten}): it scrubs the
     *                 projection's own rows of the subject, after every write the projection made
     *                 from before the erasure (a write from a row read before the erasure's scrub
     *                 would otherwise bring the clear text back)
     */
    public Projector(Transactions transactions, Function<StoredEvent, RecordedEvent<?>> decoder,
            java.util.function.BiConsumer<Projection, StoredEvent> erasures) {
        this(transactions, decoder, erasures, page -> {
        });
    }

    /**
     * @param beforeDecoding called, in the projection's transaction, with the stored events of a
     *                       page that are about to be decoded, before the first of them is: it may
     *                       read what decoding them needs in one statement (the keys of the data
     *                       subjects whose values they hold)
     */
    public Projector(Transactions transactions, Function<StoredEvent, RecordedEvent<?>> decoder,
            java.util.function.BiConsumer<Projection, StoredEvent> erasures, Consumer<List<StoredEvent>> beforeDecoding) {
        this.cursors = new StreamCursors(transactions);
        this.decoder = decoder;
        this.erasures = erasures;
        this.beforeDecoding = beforeDecoding;
    }

    private final java.util.function.BiConsumer<Projection, StoredEvent> erasures;
    private final Consumer<List<StoredEvent>> beforeDecoding;

    /** Applies the events, in the caller's transaction. */
    public Outcome apply(Projection projection, List<StoredEvent> events) {
        return apply(projection, events, Set.of());
    }

    /**
     * Applies the events, in the caller's transaction, taking those named in {@code deadLettered}
     * in their turn without applying them: the projection refused them and they went to the
     * dead-letter topic, so the stream goes on after them.
     */
    public Outcome apply(Projection projection, List<StoredEvent> events, Set<UUID> deadLettered) {
        return apply(projection, events, deadLettered, false);
    }

    /**
     * The same, for the only writer of the projection's cursors in this schema (a shadow build:
     * rebuilds and verifications run one at a time and nothing else writes their schema): the
     * cursors are read without being created or locked first, and created or moved in one
     * statement afterwards.
     */
    Outcome applyAlone(Projection projection, List<StoredEvent> events, Set<UUID> deadLettered) {
        return apply(projection, events, deadLettered, true);
    }

    private Outcome apply(Projection projection, List<StoredEvent> events, Set<UUID> deadLettered, boolean alone) {
        if (events.isEmpty()) {
            return Outcome.NONE;
        }
        String name = projection.name();
        TreeSet<String> streams = streamsOf(events);
        StreamCursors.Locked locked = alone ? cursors.readAlone(name, streams) : cursors.lock(name, streams);
        Applied applied = applyLocked(projection, events, deadLettered, locked, new Decoded());
        if (alone) {
            cursors.write(name, applied.moved());
        } else {
            cursors.advance(name, applied.moved());
        }
        return applied.outcome();
    }

    /**
     * Applies events to several projections, in the caller's transaction, as {@link #apply(Projection, List)}
     * does for each: the cursors of all of them locked in one statement and moved in another, and an
     * event several projections read decoded once for all. A transaction per projection, each with
     * its own cursor statements and its own decoding of the same events, was most of the work of
     * keeping a service's read models for a small batch.
     */
    public Map<Projection, Outcome> applyEach(Map<Projection, List<StoredEvent>> eventsByProjection) {
        return applyEach(eventsByProjection, List.of());
    }

    /**
     * {@link #applyEach(Map)} in a transaction that has not entered the projections' live updates
     * yet: the statement that locks their cursors enters them first (as {@link LiveUpdates#enter}
     * would), one round trip less for each of a command's appends.
     */
    Map<Projection, Outcome> applyEachEntering(Map<Projection, List<StoredEvent>> eventsByProjection) {
        return applyEach(eventsByProjection, eventsByProjection.keySet().stream().map(Projection::name).toList());
    }

    private Map<Projection, Outcome> applyEach(Map<Projection, List<StoredEvent>> eventsByProjection, List<String> entering) {
        Map<Projection, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, TreeSet<String>> streams = new TreeMap<>();
        eventsByProjection.forEach((projection, events) -> {
            outcomes.put(projection, Outcome.NONE);
            if (!events.isEmpty()) {
                streams.put(projection.name(), streamsOf(events));
            }
        });
        if (streams.isEmpty()) {
            return outcomes;
        }
        Map<String, StreamCursors.Locked> locked = cursors.lock(streams, entering);
        Decoded decoded = new Decoded();
        Map<String, Map<String, Integer>> moved = new TreeMap<>();
        eventsByProjection.forEach((projection, events) -> {
            if (!events.isEmpty()) {
                Applied applied = applyLocked(projection, events, Set.of(), locked.get(projection.name()), decoded);
                outcomes.put(projection, applied.outcome());
                moved.put(projection.name(), applied.moved());
            }
        });
        cursors.advance(moved);
        return outcomes;
    }

    private static TreeSet<String> streamsOf(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::streamId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** What applying a batch did, and where its streams' cursors go. */
    private record Applied(Outcome outcome, Map<String, Integer> moved) {
    }

    /**
     * The events decoded so far in one call, shared by the projections it applies them to (a
     * decoded event is an immutable record), with those that could not be decoded and why.
     */
    private static final class Decoded {
        final Map<StoredEvent, RecordedEvent<?>> records = new IdentityHashMap<>();
        final Map<StoredEvent, RuntimeException> failures = new IdentityHashMap<>();

        boolean has(StoredEvent event) {
            return records.containsKey(event) || failures.containsKey(event);
        }
    }

    /** Orders and applies the events against cursors already locked (or read) for them; parks and releases as it goes. */
    private Applied applyLocked(Projection projection, List<StoredEvent> events, Set<UUID> deadLettered, StreamCursors.Locked locked,
            Decoded decoded) {
        String name = projection.name();
        Set<String> reads = readTypes.computeIfAbsent(projection,
                p -> p.eventTypes().stream().map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet()));
        Map<String, Integer> at = new HashMap<>(locked.versions());
        Map<String, TreeMap<Integer, StoredEvent>> waiting = cursors.waiting(name, locked.withGaps());
        Set<StoredEvent> parkedBefore = new HashSet<>();
        waiting.values().forEach(w -> parkedBefore.addAll(w.values()));

        Run run = new Run(projection, reads, deadLettered, decoded);
        // Parked events the stream has since passed (taken from another delivery) are duplicates.
        waiting.forEach((stream, queue) -> {
            while (!queue.isEmpty() && queue.firstKey() <= at.get(stream)) {
                run.stale.add(queue.pollFirstEntry().getValue());
                run.duplicates++;
            }
        });
        for (StoredEvent event : events) {
            String stream = event.streamId();
            int next = at.get(stream) + 1;
            if (event.streamVersion() < next) {
                run.duplicates++;
                continue;
            }
            if (event.streamVersion() > next) {
                if (waiting.computeIfAbsent(stream, s -> new TreeMap<>()).putIfAbsent(event.streamVersion(), event) != null) {
                    run.duplicates++;
                }
                continue;
            }
            run.take(event);
            int version = event.streamVersion();
            // Whatever waited for this one can follow it now.
            TreeMap<Integer, StoredEvent> queue = waiting.get(stream);
            while (queue != null && !queue.isEmpty() && queue.firstKey() == version + 1) {
                StoredEvent follower = queue.pollFirstEntry().getValue();
                run.take(follower);
                version = follower.streamVersion();
                if (parkedBefore.contains(follower)) {
                    run.released.add(follower);
                }
            }
            at.put(stream, version);
        }
        run.applyTaken();

        Map<String, Integer> moved = new HashMap<>();
        at.forEach((stream, version) -> {
            if (!version.equals(locked.versions().get(stream)) || locked.absent().contains(stream)) {
                moved.put(stream, version);
            }
        });
        List<StoredEvent> unparked = new ArrayList<>(run.released);
        unparked.addAll(run.stale);
        cursors.unpark(name, unparked);
        List<StoredEvent> newlyParked = new ArrayList<>();
        waiting.values().forEach(w -> w.values().stream().filter(e -> !parkedBefore.contains(e)).forEach(newlyParked::add));
        cursors.park(name, newlyParked);
        return new Applied(new Outcome(run.applied, run.passedOver, run.duplicates, newlyParked.size(), run.released.size(),
                List.copyOf(run.deadLettered)), moved);
    }

    /**
     * For the consumer of an inline projection, whose events were nearly all applied in their
     * commands' own transactions already: those are passed over as duplicates on the committed
     * cursors, read without taking the cursors' locks — taking them queued the consumer behind the
     * commands writing the same (hot) streams, and the commands behind the consumer. The rest (an
     * event appended some other way) go through {@link #apply(Projection, List, Set)} as usual.
     */
    public Outcome applyAfterInline(Projection projection, List<StoredEvent> events, Set<UUID> deadLettered) {
        if (events.isEmpty()) {
            return Outcome.NONE;
        }
        List<StoredEvent> fresh = notYetApplied(projection, events);
        return plusDuplicates(apply(projection, fresh, deadLettered), events.size() - fresh.size());
    }

    /**
     * {@link #applyEach} for the consumer of several projections, some of them inline: an inline
     * projection's events at or below its committed cursors are passed over first, as
     * {@link #applyAfterInline} does, and the rest are applied with the others'. One statement then
     * locks the cursors of all of them in (projection, stream) order, the order a command's inline
     * projections take theirs in: locking an inline projection's cursors on its own, in the same
     * transaction as another's, deadlocked with a command taking both (the benchmark's appends
     * after a bulk load of events no command had applied inline).
     */
    public Map<Projection, Outcome> applyEachAfterInline(Map<Projection, List<StoredEvent>> eventsByProjection) {
        Map<Projection, List<StoredEvent>> inline = new LinkedHashMap<>();
        eventsByProjection.forEach((projection, events) -> {
            if (projection.inline() && !events.isEmpty()) {
                inline.put(projection, events);
            }
        });
        Map<Projection, List<StoredEvent>> notYet = notYetApplied(inline);
        Map<Projection, List<StoredEvent>> fresh = new LinkedHashMap<>();
        eventsByProjection.forEach((projection, events) -> fresh.put(projection, notYet.getOrDefault(projection, events)));
        Map<Projection, Outcome> outcomes = new LinkedHashMap<>();
        applyEach(fresh).forEach((projection, outcome) -> outcomes.put(projection,
                plusDuplicates(outcome, eventsByProjection.get(projection).size() - fresh.get(projection).size())));
        return outcomes;
    }

    /** The events above the projection's committed cursors (read without locking them: a cursor only moves forward). */
    private List<StoredEvent> notYetApplied(Projection projection, List<StoredEvent> events) {
        return notYetApplied(Map.of(projection, events)).get(projection);
    }

    /** {@link #notYetApplied(Projection, List)} for several projections, their cursors read in one statement. */
    private Map<Projection, List<StoredEvent>> notYetApplied(Map<Projection, List<StoredEvent>> eventsByProjection) {
        Map<Projection, List<StoredEvent>> fresh = new LinkedHashMap<>();
        if (eventsByProjection.isEmpty()) {
            return fresh;
        }
        Map<String, Set<String>> streams = new HashMap<>();
        eventsByProjection.forEach((projection, events) -> streams.put(projection.name(),
                events.stream().map(StoredEvent::streamId).collect(Collectors.toSet())));
        Map<String, Map<String, Integer>> committed = cursors.committed(streams);
        eventsByProjection.forEach((projection, events) -> {
            Map<String, Integer> its = committed.get(projection.name());
            fresh.put(projection, events.stream().filter(e -> e.streamVersion() > its.getOrDefault(e.streamId(), 0)).toList());
        });
        return fresh;
    }

    private static Outcome plusDuplicates(Outcome outcome, int duplicates) {
        return duplicates == 0 ? outcome : new Outcome(outcome.applied(), outcome.passedOver(), outcome.duplicates() + duplicates,
                outcome.parked(), outcome.released(), outcome.deadLettered());
    }

    /** The counting of one call. */
    private final class Run {
        private final Projection projection;
        private final Set<String> reads;
        private final Set<UUID> deadLetteredIds;
        private final Decoded decoded;
        private final List<StoredEvent> released = new ArrayList<>();
        private final List<StoredEvent> stale = new ArrayList<>();
        private final List<StoredEvent> taken = new ArrayList<>();
        private int applied;
        private int passedOver;
        private int duplicates;
        private final List<StoredEvent> deadLettered = new ArrayList<>();

        Run(Projection projection, Set<String> reads, Set<UUID> deadLetteredIds, Decoded decoded) {
            this.projection = projection;
            this.reads = reads;
            this.deadLetteredIds = deadLetteredIds;
            this.decoded = decoded;
        }

        /** Takes the event in its turn: the order is settled first, the events are applied after ({@link #applyTaken}). */
        void take(StoredEvent event) {
            taken.add(event);
        }

        /**
         * Applies the taken events in their order. The page's events the projection reads are
         * decoded first (with what decoding needs read for all of them at once), then shown to the
         * projection together ({@link Projection#beforeApplying}), then applied one by one. An event
         * that cannot be decoded is refused in its turn, as if it had failed there.
         */
        void applyTaken() {
            List<StoredEvent> toRead = taken.stream().filter(e -> !deadLetteredIds.contains(e.eventId()) && reads.contains(e.eventType())).toList();
            if (!toRead.isEmpty()) {
                List<StoredEvent> toDecode = toRead.stream().filter(e -> !decoded.has(e)).toList();
                if (!toDecode.isEmpty()) {
                    beforeDecoding.accept(toDecode);
                }
                for (StoredEvent event : toDecode) {
                    try {
                        decoded.records.put(event, decoder.apply(event));
                    } catch (RuntimeException failure) {
                        if (Failures.isTransient(failure)) {
                            throw failure;
                        }
                        decoded.failures.put(event, failure);
                    }
                }
                List<RecordedEvent<?>> page = toRead.stream().<RecordedEvent<?>>map(decoded.records::get).filter(java.util.Objects::nonNull).toList();
                if (!page.isEmpty()) {
                    projection.beforeApplying(page);
                }
            }
            for (StoredEvent event : taken) {
                apply(event, decoded.records.get(event), decoded.failures.get(event));
            }
        }

        private void apply(StoredEvent event, RecordedEvent<?> recorded, RuntimeException undecodable) {
            if (deadLetteredIds.contains(event.eventId())) {
                deadLettered.add(event);
            } else if (reads.contains(event.eventType())) {
                if (undecodable != null) {
                    throw new EventRefused(event, undecodable);
                }
                try {
                    projection.apply(recorded);
                } catch (RuntimeException refusal) {
                    if (Failures.isTransient(refusal)) {
                        throw refusal;
                    }
                    throw new EventRefused(event, refusal);
                }
                applied++;
            } else {
                if (ERASURE.equals(event.eventType())) {
                    erasures.accept(projection, event);
                }
                passedOver++;
            }
        }
    }
}
