package org.reformplatform.eventsourcing.projection;

import static org.reformplatform.eventsourcing.projection.ShadowSchema.q;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;
import org.reformplatform.eventsourcing.store.StoredEvent;
import org.reformplatform.eventsourcing.store.Transactions;

/**
 * A shadow copy of one projection, built from the log while the live copy keeps answering and
 * keeps up with new events; then either swapped in (a rebuild) or compared with the live copy and
 * dropped (a verification). Plain Java over {@link Transactions}, so that the kernel's property
 * tests drive exactly what the services run.
 *
 * <p>Reading the store by position is safe only below a <em>horizon</em>: a position below which no
 * append is still in flight ({@link #horizon()} takes it with appends held off for an instant), so
 * that a writer committing late never leaves a hole the build has already passed. Above the last
 * horizon, the build reads only while the live copy is paused; what commits after that reaches the
 * live copy, and the swapped-in one, through the topic in stream order.
 */
final class ShadowBuild {

    private static final Logger LOG = Logger.getLogger(ShadowBuild.class);

    /** Reports how far a build has come. */
    interface Progress {
        void report(long eventsRead, long target, double eventsPerSecond);
    }

    private final Transactions transactions;
    private final Projector projector;
    private final Projection projection;
    private final ShadowSchema shadow;
    private final int pageSize;
    private final Set<UUID> refused = new HashSet<>();
    private final long started = System.nanoTime();
    private long position;
    private long read;
    private long analyseAt = 1;

    ShadowBuild(Transactions transactions, Projector projector, Projection projection, ShadowSchema shadow, int pageSize) {
        this.transactions = transactions;
        this.projector = projector;
        this.projection = projection;
        this.shadow = shadow;
        this.pageSize = pageSize;
    }

    ShadowSchema shadow() {
        return shadow;
    }

    /** Left after the last round of a rebuild: small enough to take while live updates pause. */
    static final int ENOUGH_LEFT = 2_000;
    static final int MAX_ROUNDS = 20;

    /**
     * Rebuilds a projection beside its live copy and swaps the new copy in (see {@link Rebuilds}).
     *
     * @return the finished build, for its figures
     */
    static ShadowBuild rebuild(Transactions transactions, Projector projector, Projection projection, ShadowSchema shadow, int pageSize,
            Progress progress) {
        ShadowBuild build = new ShadowBuild(transactions, projector, projection, shadow, pageSize);
        build.fromStoreInRounds(ENOUGH_LEFT, MAX_ROUNDS, progress);
        try (LiveUpdates.Pause pause = LiveUpdates.pause(transactions, projection.name())) {
            build.toStoreEnd(progress);
            long ahead = build.liveAhead();
            if (ahead > 0) {
                throw new IllegalStateException("the live copy has taken events of " + ahead + " streams the rebuilt one has not");
            }
            shadow.swapIn(transactions, projection.name());
        }
        return build;
    }

    /**
     * Brings a shadow built to some point of the log to the point the live copy stands at, and
     * compares the two (see {@link Verifications}): first the live copy is given up to
     * {@code liveWait} to pass the shadow on every stream, then live updates pause while the shadow
     * takes exactly the events the live copy has beyond it.
     *
     * @return the comparison, and how many streams the live copy was still behind on
     */
    Comparison meetLiveAndCompare(java.time.Duration liveWait, int sample) {
        long deadline = System.nanoTime() + liveWait.toNanos();
        long behind = liveBehind();
        while (behind > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            behind = liveBehind();
        }
        try (LiveUpdates.Pause pause = LiveUpdates.pause(transactions, projection.name())) {
            upToLive((done, target, rate) -> {
            });
            return new Comparison(compare(sample), behind);
        }
    }

    /** Tables compared, and streams the live copy had not caught up on. */
    record Comparison(List<ReadModelDigest.TableComparison> tables, long liveBehind) {

        boolean equal() {
            return liveBehind == 0 && tables.stream().allMatch(ReadModelDigest.TableComparison::equal);
        }
    }


    /** Events read so far, from the store or the topic. */
    long eventsRead() {
        return read;
    }

    /** Events the projection refused: counted and passed over, as they were dead-lettered live. */
    int refused() {
        return refused.size();
    }

    double eventsPerSecond() {
        return read / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    }

    /** The highest position at an instant when no append was in flight. */
    long horizon() {
        return transactions.inNew(() -> {
            try (Connection c = transactions.connection(); Statement s = c.createStatement()) {
                s.execute("LOCK TABLE events IN SHARE MODE");
                try (ResultSet rs = s.executeQuery("SELECT coalesce(max(position), 0) FROM events")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The highest position committed now (no guarantee about positions below it). */
    long latest() {
        return transactions.inNew(() -> {
            try (Connection c = transactions.connection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT coalesce(max(position), 0) FROM events")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Builds from the store in rounds, each up to a fresh horizon, until what is left after the
     * last one is small: the part that follows under a pause is then short.
     */
    void fromStoreInRounds(int enoughLeft, int maxRounds, Progress progress) {
        for (int round = 0; round < maxRounds; round++) {
            long horizon = horizon();
            fromStore(horizon, progress);
            if (latest() - position <= enoughLeft) {
                return;
            }
        }
    }

    /** Applies the store's events after the last position read, up to {@code until}, page by page. */
    void fromStore(long until, Progress progress) {
        while (position < until) {
            long after = position;
            List<StoredEvent> page = transactions.inNew(() -> readStore(after, until));
            if (page.isEmpty()) {
                // Below a horizon every position is settled: an empty read means nothing is left.
                if (until != Long.MAX_VALUE) {
                    position = until;
                }
                return;
            }
            apply(page);
            analyseAsTheyGrow();
            position = page.get(page.size() - 1).position();
            progress.report(read, until == Long.MAX_VALUE ? position : until, eventsPerSecond());
        }
    }

    /**
     * Analyses the copies after the first page and whenever they have doubled since (about ten times
     * for a million events). A rebuild's statements are prepared while its tables are empty; the
     * plan PostgreSQL settled on for the cursors' read then could be a scan of them all, 229 ms a
     * page at up to 44,000 cursors against about 1 ms with statistics (docs/benchmarks.md, "A rebuild
     * reads ahead, and its tables get statistics").
     */
    private void analyseAsTheyGrow() {
        if (read >= analyseAt) {
            shadow.analyse(transactions);
            analyseAt = 2 * read;
        }
    }

    /**
     * Under a pause: applies every committed event after the last position read. Nothing the live
     * copy has taken can be missing afterwards, since it only takes committed events and is paused.
     */
    void toStoreEnd(Progress progress) {
        fromStore(Long.MAX_VALUE, progress);
    }

    /** Applies a page of events (from the store or the topic) to the shadow copy. */
    void apply(List<StoredEvent> page) {
        if (page.isEmpty()) {
            return;
        }
        read += page.size();
        try {
            Refusals.apply(refused, passOver -> transactions.inNew(() -> {
                enter();
                return projector.applyAlone(projection, page, passOver);
            }), refusal -> LOG.warnf("%s: %s; passed over, as it was dead-lettered when it arrived live", shadow.name(),
                    refusal.getMessage()));
        } catch (RuntimeException failure) {
            if (Failures.isTransient(failure)) {
                throw failure;
            }
            if (page.size() == 1) {
                // Refused at commit (a constraint, say), not inside apply: the one event is at fault.
                LOG.warnf("%s: %s was refused at commit: %s", shadow.name(), page.get(0).eventId(), failure.toString());
                refused.add(page.get(0).eventId());
                read--;
                apply(page);
                return;
            }
            // Find the event at fault one by one; the others go through.
            read -= page.size();
            for (StoredEvent event : page) {
                apply(List.of(event));
            }
        }
    }

    /**
     * Streams whose live cursor is behind the shadow's: the live copy has not caught up yet. Only
     * streams of the store count (see {@link ReadModelDigest}).
     */
    long liveBehind() {
        return countStreams(q(shadow.name()), q(shadow.live()));
    }

    /** Streams whose live cursor is ahead of the shadow's. */
    long liveAhead() {
        return countStreams(q(shadow.live()), q(shadow.name()));
    }

    private long countStreams(String ahead, String behind) {
        return transactions.inNew(() -> {
            try (Connection c = transactions.connection();
                 PreparedStatement query = c.prepareStatement("SELECT count(*) FROM " + ahead + ".projection_cursors a LEFT JOIN "
                         + behind + ".projection_cursors b ON b.projection = a.projection AND b.stream_id = a.stream_id "
                         + "WHERE a.projection = ? AND a.version > coalesce(b.version, 0) AND " + ReadModelDigest.inStore("a", shadow.live()))) {
                query.setString(1, projection.name());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Under a pause, with the live copy at or ahead of the shadow on every stream: applies to the
     * shadow, in store order, exactly the events the live copy has taken beyond it. Both copies
     * have then taken the same events.
     */
    void upToLive(Progress progress) {
        while (true) {
            List<StoredEvent> page = transactions.inNew(() -> {
                try (Connection c = transactions.connection();
                     PreparedStatement query = c.prepareStatement("SELECT " + EventStore.columns("e") + " FROM " + q(shadow.live())
                             + ".projection_cursors l LEFT JOIN " + q(shadow.name()) + ".projection_cursors s "
                             + "ON s.projection = l.projection AND s.stream_id = l.stream_id "
                             + "JOIN " + q(shadow.live()) + ".events e ON e.stream_id = l.stream_id "
                             + "AND e.stream_version > coalesce(s.version, 0) AND e.stream_version <= l.version "
                             + "WHERE l.projection = ? AND l.version > coalesce(s.version, 0) ORDER BY e.position LIMIT ?")) {
                    query.setString(1, projection.name());
                    query.setInt(2, pageSize);
                    return rows(query);
                }
            });
            if (page.isEmpty()) {
                return;
            }
            apply(page);
            progress.report(read, read, eventsPerSecond());
        }
    }

    /** Compares the shadow with the live copy. */
    List<ReadModelDigest.TableComparison> compare(int sample) {
        return transactions.inNew(() -> {
            try (Connection c = transactions.connection()) {
                return ReadModelDigest.compare(c, shadow.live(), shadow.name(), projection.name(), shadow.tables(), sample);
            }
        });
    }

    private void enter() {
        try (Connection c = transactions.connection()) {
            shadow.enterAlone(c);
        } catch (SQLException e) {
            throw new StoreFailure("entering " + shadow.name() + " failed", e);
        }
    }

    private List<StoredEvent> readStore(long after, long until) throws SQLException {
        try (Connection c = transactions.connection();
             PreparedStatement query = c.prepareStatement("SELECT " + EventStore.columns("e") + " FROM " + q(shadow.live()) + ".events e "
                     + "WHERE e.position > ? AND e.position <= ? ORDER BY e.position LIMIT ?")) {
            query.setLong(1, after);
            query.setLong(2, until);
            query.setInt(3, pageSize);
            return rows(query);
        }
    }

    private static List<StoredEvent> rows(PreparedStatement query) throws SQLException {
        List<StoredEvent> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(EventStore.storedFrom(rs));
            }
        }
        return rows;
    }
}
