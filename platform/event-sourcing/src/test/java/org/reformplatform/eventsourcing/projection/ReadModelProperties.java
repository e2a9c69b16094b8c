package org.reformplatform.eventsourcing.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.reformplatform.eventsourcing.projection.Ledger.Event;
import org.reformplatform.eventsourcing.projection.Ledger.Noted;
import org.reformplatform.eventsourcing.projection.Ledger.Opened;
import org.reformplatform.eventsourcing.projection.Ledger.Posted;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.testing.PostgresDatabase;

/**
 * Properties of the projection machinery, over generated histories and deliveries: random streams
 * of random events appended in a random interleaving; delivered from a model of the topic
 * (partitions by stream) in random batches, half of them taken as the consumer of an inline
 * projection takes them, with consumer restarts (a partition read again from an
 * earlier offset), duplicates within a batch and events of one stream swapped out of order;
 * rebuilds at random points, some of them racing the deliveries and further appends. Whatever
 * happens, the read model equals the fold of the store in stream order, every event is applied
 * exactly once, no event is left waiting, and the oracle finds the live copy equal to one built
 * from the store (and different once a row is tampered with).
 *
 * <p>Runs on PostgreSQL with the kernel's own classes and plain JDBC transactions, no Quarkus: what
 * is tested is exactly what the services run. A fixed seed runs in every build, plus a few random
 * ones whose seeds are printed; a failure reports the smallest history found that still fails
 * (sizes shrink towards one stream, one event, one partition, batches of one, no chaos). Re-run a
 * seed with {@code -Dproperties.seed=<seed>}.
 */
class ReadModelProperties {

    private static final long FIXED_SEED = 20261204L;

    private static PostgresDatabase database;
    private static JdbcTransactions transactions;
    private static Projector projector;
    private static Ledger ledger;
    private static PostingCounts counts;

    /** The sizes a history is generated from; shrinking makes them small. */
    record Shape(int streams, int maxEvents, int partitions, int maxBatch, int chaos, int rebuilds, boolean racing, long seed) {
    }

    @BeforeAll
    static void database() throws Exception {
        database = PostgresDatabase.createFresh("kernel_properties");
        Flyway.configure().dataSource(database.jdbcUrl(), PostgresDatabase.user(), "").locations("classpath:db/event-store").load().migrate();
        transactions = new JdbcTransactions(database.jdbcUrl(), PostgresDatabase.user());
        transactions.runInNew(() -> {
            try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                s.execute(Ledger.SCHEMA);
                s.execute(PostingCounts.SCHEMA);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ledger = new Ledger(transactions);
        counts = new PostingCounts(transactions);
        projector = new Projector(transactions, Ledger::decode);
    }

    @AfterAll
    static void dropDatabase() {
        if (transactions != null) {
            transactions.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void the_read_model_equals_the_fold_of_the_store_whatever_the_deliveries_and_rebuilds_fixed_seed() {
        check(Long.getLong("properties.seed", FIXED_SEED), Integer.getInteger("properties.examples", 60));
    }

    @Test
    void the_read_model_equals_the_fold_of_the_store_whatever_the_deliveries_and_rebuilds_random_seeds() {
        if (System.getProperty("properties.seed") != null) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            long seed = new Random().nextLong();
            System.out.println("ReadModelProperties: random seed " + seed + " (re-run with -Dproperties.seed=" + seed + ")");
            check(seed, 15);
        }
    }

    /**
     * Replicas handed the same partitions at once (a rebalance, or a consumer that lost its lease
     * while still applying): each delivers every event in batches of its own, by every path a
     * service applies events (the consumer's, the inline command's that enters the live updates in
     * its cursor statement, one projection at a time), concurrently with the others. Each event is
     * still applied once, the read model is the fold of the store, and no two of them deadlock.
     */
    @Test
    void replicas_delivering_the_same_events_at_once_apply_each_exactly_once() {
        qt().withFixedSeed(Long.getLong("properties.seed", FIXED_SEED)).withExamples(Integer.getInteger("properties.examples", 25)).withShrinkCycles(20)
                .forAll(shapes(), integers().between(2, 4))
                .checkAssert((shape, replicas) -> {
                    try {
                        new History(shape).playConcurrently(replicas);
                    } catch (AssertionError e) {
                        throw new AssertionError(shape + ", " + replicas + " replicas: " + e.getMessage(), e);
                    } catch (Exception e) {
                        throw new AssertionError(shape + ", " + replicas + " replicas: " + e, e);
                    }
                });
    }

    private static void check(long seed, int examples) {
        qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(40)
                .forAll(shapes())
                .checkAssert(ReadModelProperties::holds);
    }

    private static Gen<Shape> shapes() {
        Gen<int[]> sizes = integers().between(1, 6).zip(integers().between(1, 12), integers().between(1, 3),
                (streams, events, partitions) -> new int[] {streams, events, partitions});
        Gen<int[]> delivery = integers().between(1, 16).zip(integers().between(0, 40), integers().between(0, 2),
                (batch, chaos, rebuilds) -> new int[] {batch, chaos, rebuilds});
        return sizes.zip(delivery, booleans().all(), longs().between(0, Long.MAX_VALUE),
                (s, d, racing, seed) -> new Shape(s[0], s[1], s[2], d[0], d[1], d[2], racing, seed));
    }

    /** A projection as if marked inline: the same name, tables and rows. */
    private record Inline(Projection projection) implements Projection {

        @Override
        public String name() {
            return projection.name();
        }

        @Override
        public Set<Class<?>> eventTypes() {
            return projection.eventTypes();
        }

        @Override
        public List<String> tables() {
            return projection.tables();
        }

        @Override
        public boolean inline() {
            return true;
        }

        @Override
        public void apply(org.reformplatform.eventsourcing.store.RecordedEvent<?> event) {
            projection.apply(event);
        }
    }

    /** Plays one generated history and checks every invariant. */
    private static void holds(Shape shape) {
        try {
            new History(shape).play();
        } catch (AssertionError e) {
            throw new AssertionError(shape + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new AssertionError(shape + ": " + e, e);
        }
    }

    /** One generated history: its streams, the order they were appended in, their deliveries. */
    private static final class History {

        private record Planned(String stream, int version, Event event, UUID id) {
        }

        private final Shape shape;
        private final Random random;
        private final List<Planned> order = new ArrayList<>();
        private final Map<String, List<Planned>> streams = new HashMap<>();
        private final List<List<StoredEvent>> partitions = new ArrayList<>();
        private final int[] offsets;
        private int appended;

        History(Shape shape) {
            this.shape = shape;
            this.random = new Random(shape.seed());
            this.offsets = new int[shape.partitions()];
            for (int p = 0; p < shape.partitions(); p++) {
                partitions.add(new ArrayList<>());
            }
            List<List<Planned>> remaining = new ArrayList<>();
            for (int s = 0; s < shape.streams(); s++) {
                String stream = "account-" + s + "-" + UUID.randomUUID();
                List<Planned> events = new ArrayList<>();
                int length = 1 + random.nextInt(shape.maxEvents());
                for (int v = 1; v <= length; v++) {
                    Event event = v == 1 ? new Opened("owner" + s)
                            : random.nextInt(5) == 0 ? new Noted("note" + v)
                            : new Posted(random.nextInt(10) == 0 ? Ledger.POISON : 1 + random.nextInt(20));
                    events.add(new Planned(stream, v, event, UUID.randomUUID()));
                }
                streams.put(stream, events);
                remaining.add(new ArrayList<>(events));
            }
            // The store's order: the streams interleaved at random, each in its own order.
            while (!remaining.isEmpty()) {
                List<Planned> next = remaining.get(random.nextInt(remaining.size()));
                order.add(next.remove(0));
                if (next.isEmpty()) {
                    remaining.remove(next);
                }
            }
        }

        void play() throws Exception {
            reset();
            boolean racing = shape.racing() && shape.rebuilds() > 0;
            append(racing ? order.size() / 2 : order.size());
            Set<Integer> rebuildAt = new HashSet<>();
            for (int r = 0; r < shape.rebuilds(); r++) {
                rebuildAt.add(random.nextInt(Math.max(1, order.size())));
            }
            AtomicReference<Throwable> rebuildFailure = new AtomicReference<>();
            Thread racingRebuild = null;
            for (int step = 0; step < 20_000 && !(appended == order.size() && consumed()); step++) {
                if (appended < order.size() && random.nextInt(3) == 0) {
                    append(Math.min(order.size(), appended + 1 + random.nextInt(5)));
                }
                if (rebuildAt.remove(step)) {
                    if (racing && racingRebuild == null) {
                        racingRebuild = new Thread(() -> {
                            try {
                                rebuild(true);
                            } catch (Throwable t) {
                                rebuildFailure.set(t);
                            }
                        }, "racing-rebuild");
                        racingRebuild.start();
                    } else {
                        // One rebuild of a projection at a time, as the status row's claim ensures.
                        if (racingRebuild != null) {
                            racingRebuild.join(60_000);
                        }
                        rebuild(false);
                    }
                }
                if (random.nextInt(100) < shape.chaos()) {
                    // A consumer restart: a partition is read again from an earlier offset.
                    int p = random.nextInt(partitions.size());
                    offsets[p] = Math.max(0, offsets[p] - 1 - random.nextInt(5));
                }
                deliver(nextBatch());
            }
            if (racingRebuild != null) {
                racingRebuild.join(60_000);
                assertThat(racingRebuild.isAlive()).as("the racing rebuild finished").isFalse();
                assertThat(rebuildFailure.get()).as("the racing rebuild failed").isNull();
            }
            assertThat(appended == order.size() && consumed()).as("every event was delivered").isTrue();
            assertReadModelIsTheFold();
        }

        /** Every event appended first, then delivered in full by each replica at once. */
        void playConcurrently(int replicas) throws Exception {
            reset();
            append(order.size());
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicInteger deadlocks = new java.util.concurrent.atomic.AtomicInteger();
            for (int r = 0; r < replicas; r++) {
                Random own = new Random(random.nextLong());
                threads.add(new Thread(() -> {
                    try {
                        int[] at = new int[partitions.size()];
                        for (List<StoredEvent> batch = nextBatch(own, at); !batch.isEmpty(); batch = nextBatch(own, at)) {
                            for (int attempt = 1; ; attempt++) {
                                try {
                                    deliver(batch, own, true);
                                    break;
                                } catch (RuntimeException failure) {
                                    if (!org.reformplatform.eventsourcing.ops.Failures.isTransient(failure) || attempt == 20) {
                                        throw failure;
                                    }
                                    if (isDeadlock(failure)) {
                                        deadlocks.incrementAndGet();
                                    }
                                }
                            }
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }, "replica-" + r));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join(120_000);
                assertThat(thread.isAlive()).as("%s finished", thread.getName()).isFalse();
            }
            assertThat(failures).as("the replicas' failures").isEmpty();
            assertThat(deadlocks.get()).as("deadlocks between the replicas").isZero();
            for (int p = 0; p < partitions.size(); p++) {
                offsets[p] = partitions.get(p).size();
            }
            assertReadModelIsTheFold();
        }

        private static boolean isDeadlock(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "40P01".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        }

        private boolean consumed() {
            for (int p = 0; p < partitions.size(); p++) {
                if (offsets[p] < partitions.get(p).size()) {
                    return false;
                }
            }
            return true;
        }

        /** A poll: records from the partitions in turn, with duplicates and reorderings at random. */
        private List<StoredEvent> nextBatch() {
            return nextBatch(random, offsets);
        }

        /** {@link #nextBatch()} of a reader with its own randomness and offsets. */
        private List<StoredEvent> nextBatch(Random random, int[] offsets) {
            List<StoredEvent> batch = new ArrayList<>();
            int size = 1 + random.nextInt(shape.maxBatch());
            for (int tries = 0; batch.size() < size && tries < 3 * partitions.size(); tries++) {
                int p = random.nextInt(partitions.size());
                List<StoredEvent> partition = partitions.get(p);
                int take = Math.min(partition.size() - offsets[p], 1 + random.nextInt(size));
                for (int i = 0; i < take && batch.size() < size; i++) {
                    batch.add(partition.get(offsets[p]++));
                }
            }
            if (batch.size() >= 2 && random.nextInt(100) < shape.chaos()) {
                int a = random.nextInt(batch.size());
                int b = random.nextInt(batch.size());
                StoredEvent swapped = batch.get(a);
                batch.set(a, batch.get(b));
                batch.set(b, swapped);
            }
            if (!batch.isEmpty() && random.nextInt(100) < shape.chaos()) {
                batch.add(random.nextInt(batch.size() + 1), batch.get(random.nextInt(batch.size())));
            }
            return batch;
        }

        /**
         * As the live consumer applies a batch to the ledger and the posting counts, one of three ways
         * at random. Together, as the consumer first tries: both projections in one transaction
         * ({@link Projector#applyEachAfterInline}); if either refuses an event, all of it rolls back and each
         * takes the batch on its own. Or each on its own from the start: under the live lock, refused
         * events passed over; half of these go the way the consumer of an inline projection takes them
         * (duplicates passed over on the committed cursors, without their locks). Whichever way, the
         * same result.
         */
        private void deliver(List<StoredEvent> batch) {
            deliver(batch, random, false);
        }

        /**
         * {@link #deliver(List)} with randomness of its own. A quarter of the together-deliveries go the way a
         * command's inline projections take its events: the live updates entered by the statement that locks
         * the cursors ({@link Projector#applyEachEntering}). A replica racing others {@code dawdle}s a
         * moment before each commit, holding its locks, so that the others' transactions meet its.
         */
        private void deliver(List<StoredEvent> batch, Random random, boolean dawdle) {
            int way = random.nextInt(3);
            if (way == 0) {
                boolean entering = random.nextInt(4) == 0;
                boolean asInline = random.nextBoolean();
                try {
                    transactions.runInNew(() -> {
                        Map<Projection, List<StoredEvent>> both = new java.util.LinkedHashMap<>();
                        if (entering) {
                            both.put(ledger, batch);
                            both.put(counts, batch);
                            projector.applyEachEntering(both);
                            dawdle(dawdle, random);
                            return;
                        }
                        LiveUpdates.enter(transactions, List.of(ledger.name(), counts.name()));
                        // Half of the time the ledger as an inline projection's consumer sees it: what its
                        // committed cursors already hold is passed over before the rest is locked and applied.
                        both.put(asInline ? new Inline(ledger) : ledger, batch);
                        both.put(counts, batch);
                        projector.applyEachAfterInline(both);
                        dawdle(dawdle, random);
                    });
                    return;
                } catch (EventRefused refused) {
                    // each on its own, below
                }
            }
            boolean asAfterInline = way == 2;
            for (Projection projection : List.of(ledger, counts)) {
                Refusals.apply(new HashSet<>(), passOver -> transactions.inNew(() -> {
                    LiveUpdates.enter(transactions, projection.name());
                    Projector.Outcome outcome = asAfterInline ? projector.applyAfterInline(projection, batch, passOver)
                            : projector.apply(projection, batch, passOver);
                    dawdle(dawdle, random);
                    return outcome;
                }), refusal -> {
                });
            }
        }

        private static void dawdle(boolean dawdle, Random random) {
            if (dawdle) {
                try {
                    Thread.sleep(random.nextInt(3));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** A racing rebuild dawdles between pages, so that appends and deliveries fall between its steps. */
        private void rebuild(boolean racing) {
            ShadowSchema shadow = ShadowSchema.create(transactions, ShadowSchema.nameFor("rebuild", ledger.name()), ledger.tables());
            int pageSize = 1 + random.nextInt(racing ? 5 : 50);
            ShadowBuild.rebuild(transactions, projector, ledger, shadow, pageSize, (done, target, rate) -> {
                if (racing) {
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }

        private void append(int until) throws Exception {
            List<Planned> next = order.subList(appended, until);
            if (next.isEmpty()) {
                return;
            }
            List<StoredEvent> stored = transactions.inNew(() -> {
                List<StoredEvent> rows = new ArrayList<>();
                try (Connection c = transactions.connection();
                     PreparedStatement insert = c.prepareStatement("INSERT INTO events (stream_id, stream_type, stream_version, event_id, "
                             + "event_type, schema_version, payload, metadata, occurred_at) VALUES (?, 'Account', ?, ?, ?, 1, ?::json, '{}', ?) "
                             + "RETURNING " + EventStore.columns("events"))) {
                    for (Planned planned : next) {
                        insert.setString(1, planned.stream());
                        insert.setInt(2, planned.version());
                        insert.setObject(3, planned.id());
                        insert.setString(4, planned.event().getClass().getSimpleName());
                        insert.setString(5, Ledger.payload(planned.event()));
                        insert.setObject(6, OffsetDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneOffset.UTC));
                        try (ResultSet rs = insert.executeQuery()) {
                            rs.next();
                            rows.add(EventStore.storedFrom(rs));
                        }
                    }
                }
                return rows;
            });
            for (StoredEvent event : stored) {
                partitions.get(Math.floorMod(event.streamId().hashCode(), partitions.size())).add(event);
            }
            appended = until;
        }

        private void assertReadModelIsTheFold() throws Exception {
            Map<String, List<Object>> expected = new HashMap<>();
            Set<UUID> expectedPostings = new HashSet<>();
            for (List<Planned> stream : streams.values()) {
                String owner = null;
                long balance = 0;
                int postings = 0;
                StringBuilder trail = new StringBuilder();
                for (Planned planned : stream) {
                    if (planned.event() instanceof Opened opened) {
                        owner = opened.owner();
                    } else if (planned.event() instanceof Posted posted && posted.amount() != Ledger.POISON) {
                        balance += posted.amount();
                        postings++;
                        trail.append(posted.amount()).append(';');
                        expectedPostings.add(planned.id());
                    }
                }
                expected.put(stream.get(0).stream(), List.of(owner, balance, postings, trail.toString()));
            }
            Map<String, List<Object>> actual = new HashMap<>();
            Map<UUID, Integer> postingsApplied = new HashMap<>();
            Map<String, Integer> cursors = new HashMap<>();
            long waiting = transactions.inNew(() -> {
                try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT stream_id, owner, balance, postings, trail FROM ledger_accounts")) {
                        while (rs.next()) {
                            actual.put(rs.getString(1), List.of(rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5)));
                        }
                    }
                    try (ResultSet rs = s.executeQuery("SELECT event_id, count(*) FROM ledger_postings GROUP BY event_id")) {
                        while (rs.next()) {
                            postingsApplied.put(rs.getObject(1, UUID.class), rs.getInt(2));
                        }
                    }
                    try (ResultSet rs = s.executeQuery("SELECT stream_id, version FROM projection_cursors WHERE projection = 'ledger'")) {
                        while (rs.next()) {
                            cursors.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM projection_gaps")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
            Map<String, List<Long>> expectedCounts = new HashMap<>();
            for (List<Planned> stream : streams.values()) {
                long postings = stream.stream().filter(p -> p.event() instanceof Posted).count();
                long total = stream.stream().filter(p -> p.event() instanceof Posted).mapToLong(p -> ((Posted) p.event()).amount()).sum();
                if (postings > 0) {
                    expectedCounts.put(stream.get(0).stream(), List.of(postings, total));
                }
            }
            Map<String, List<Long>> actualCounts = new HashMap<>();
            Map<String, Integer> countsCursors = new HashMap<>();
            transactions.runInNew(() -> {
                try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                    try (ResultSet rs = s.executeQuery("SELECT stream_id, postings, total FROM ledger_posting_counts")) {
                        while (rs.next()) {
                            actualCounts.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3)));
                        }
                    }
                    try (ResultSet rs = s.executeQuery("SELECT stream_id, version FROM projection_cursors WHERE projection = 'posting-counts'")) {
                        while (rs.next()) {
                            countsCursors.put(rs.getString(1), rs.getInt(2));
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(actualCounts).as("posting counts: every posting of each stream once, the ledger's refusals included").isEqualTo(expectedCounts);
            assertThat(actual).as("accounts: the fold of each stream in version order").isEqualTo(expected);
            assertThat(postingsApplied.keySet()).as("postings applied").isEqualTo(expectedPostings);
            assertThat(postingsApplied.values()).as("each posting applied exactly once").allMatch(n -> n == 1);
            Map<String, Integer> ends = new HashMap<>();
            streams.forEach((id, events) -> ends.put(id, events.size()));
            assertThat(cursors).as("every stream taken to its end").isEqualTo(ends);
            assertThat(countsCursors).as("every stream taken to its end by the posting counts").isEqualTo(ends);
            assertThat(waiting).as("events left waiting for a missing one").isZero();

            ShadowBuild.Comparison comparison = verify();
            assertThat(comparison.equal()).as("the oracle: live == built from the store: %s", comparison).isTrue();
            // ... and the oracle is not blind: a tampered row is found.
            String victim = order.get(random.nextInt(order.size())).stream();
            transactions.runInNew(() -> {
                try (Connection c = transactions.connection();
                     PreparedStatement tamper = c.prepareStatement("UPDATE ledger_accounts SET balance = balance + 1 WHERE stream_id = ?")) {
                    tamper.setString(1, victim);
                    tamper.executeUpdate();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ShadowBuild.Comparison tampered = verify();
            assertThat(tampered.equal()).as("the oracle sees a tampered row").isFalse();
            assertThat(tampered.tables().get(0).onlyInLive()).singleElement().asString().contains(victim);
        }

        private ShadowBuild.Comparison verify() {
            ShadowSchema shadow = ShadowSchema.create(transactions, ShadowSchema.nameFor("verify", ledger.name()), ledger.tables());
            try {
                ShadowBuild build = new ShadowBuild(transactions, projector, ledger, shadow, 1 + random.nextInt(50));
                build.fromStore(build.horizon(), (done, target, rate) -> {
                });
                return build.meetLiveAndCompare(Duration.ZERO, 5);
            } finally {
                shadow.drop(transactions);
            }
        }

        private void reset() {
            transactions.runInNew(() -> {
                try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                    s.execute("TRUNCATE events, outbox, projection_cursors, projection_gaps, ledger_postings, ledger_accounts, ledger_posting_counts");
                    List<String> shadows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'shadow_%'")) {
                        while (rs.next()) {
                            shadows.add(rs.getString(1));
                        }
                    }
                    for (String schema : shadows) {
                        s.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
