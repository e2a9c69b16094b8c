package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.command.CommandMetadata;
import org.reformplatform.eventsourcing.deadline.Deadline;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.sample.Tally;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.eventsourcing.sample.TallyIncrementDue;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.testing.Tokens;

import io.restassured.http.ContentType;

/**
 * Durable deadlines: scheduled in the command's transaction, fired exactly once through the command
 * path when the platform's clock passes them, across replicas, restarts, failures and cancellations.
 * The clock is moved, never waited for.
 */
@QuarkusTest
class DeadlinesTest {

    @Inject
    KernelFixtures fixtures;

    @Inject
    Deadlines deadlines;

    @Inject
    DeadlineDispatcher dispatcher;

    @Inject
    PlatformClock clock;

    @Inject
    CommandMetadata metadata;

    @Inject
    TallyIncrementDue handler;

    @Inject
    org.reformplatform.eventsourcing.command.UnitOfWork unitOfWork;

    @Inject
    org.reformplatform.eventsourcing.command.Aggregates aggregates;

    @AfterEach
    void realTime() {
        clock.backToNow();
        handler.failNext(0);
    }

    @Test
    void a_deadline_fires_once_when_the_clock_passes_it_with_the_scheduling_commands_correlation_and_itself_as_cause() throws Exception {
        TallyId tally = fixtures.openTally(100);
        UUID correlation = UUID.randomUUID();
        UUID deadline = schedule(tally, Duration.ofDays(30), 5, "a month later", correlation);

        clock.advance(Duration.ofDays(29));
        dispatcher.fireDue();
        assertThat(total(tally)).isZero();
        assertThat(deadlines.pending(TallyIncrementDue.NAME, tally.streamId())).isPresent();

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        dispatcher.fireDue();
        dispatcher.fireDue();
        assertThat(total(tally)).isEqualTo(5);
        assertThat(status(deadline)).isEqualTo("FIRED");
        List<List<Object>> caused = fixtures.rows("SELECT metadata::json->>'correlationId', metadata::json->>'causationId', "
                + "metadata::json->>'actor' FROM events WHERE stream_id = '" + tally.streamId() + "' AND stream_version = 2");
        assertThat(caused).containsExactly(List.of(correlation.toString(), deadline.toString(), "deadline:" + TallyIncrementDue.NAME));
        assertThat(fixtures.count("SELECT count(*) FROM idempotency_keys WHERE scope = 'deadline' AND key = ?", deadline.toString())).isEqualTo(1);
    }

    @Test
    void a_deadline_scheduled_by_a_command_that_rolled_back_does_not_exist() throws Exception {
        TallyId tally = fixtures.openTally(100);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                deadlines.schedule(deadline(tally, clock.instant().plusSeconds(1), 1, "never"));
                throw new IllegalStateException("the command failed after scheduling");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(deadlines.ofStream(tally.streamId())).isEmpty();
    }

    @Test
    void scheduling_again_moves_the_pending_deadline_and_a_cancelled_one_never_fires() throws Exception {
        TallyId moved = fixtures.openTally(100);
        TallyId cancelled = fixtures.openTally(100);
        UUID first = schedule(moved, Duration.ofDays(10), 1, "moved", UUID.randomUUID());
        UUID second = schedule(moved, Duration.ofDays(20), 2, "moved", UUID.randomUUID());
        assertThat(second).isEqualTo(first);
        schedule(cancelled, Duration.ofDays(10), 1, "cancelled", UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> deadlines.cancel(TallyIncrementDue.NAME, cancelled, "signed in time"));

        clock.advance(Duration.ofDays(15));
        dispatcher.fireDue();
        assertThat(total(moved)).isZero();
        clock.advance(Duration.ofDays(10));
        dispatcher.fireDue();
        assertThat(total(moved)).isEqualTo(2);
        assertThat(total(cancelled)).isZero();
        assertThat(deadlines.ofStream(cancelled.streamId())).singleElement()
                .satisfies(d -> assertThat(d.status() + " " + d.outcome()).isEqualTo("CANCELLED signed in time"));
    }

    @Test
    void a_firing_may_schedule_the_same_deadline_again_for_its_stream() throws Exception {
        TallyId tally = fixtures.openTally(100);
        schedule(tally, Duration.ofDays(1), 1, "repeat:2", UUID.randomUUID());
        for (int day = 1; day <= 4; day++) {
            clock.advance(Duration.ofDays(1));
            dispatcher.fireDueOf(List.of(tally.streamId()));
        }
        assertThat(total(tally)).isEqualTo(3);
        assertThat(deadlines.ofStream(tally.streamId())).extracting(Deadlines.DeadlineView::status).containsExactly("FIRED", "FIRED", "FIRED");
    }

    @Test
    void a_command_the_rules_refuse_closes_the_deadline_as_refused_with_the_reason() throws Exception {
        TallyId tally = fixtures.openTally(3);
        UUID deadline = schedule(tally, Duration.ofHours(1), 4, "over the limit", UUID.randomUUID());
        clock.advance(Duration.ofHours(2));
        dispatcher.fireDue();
        assertThat(status(deadline)).isEqualTo("REFUSED");
        assertThat(deadlines.ofStream(tally.streamId()).get(0).outcome()).startsWith("tally-limit-reached");
        assertThat(total(tally)).isZero();
    }

    @Test
    void a_failed_firing_stays_pending_and_fires_once_when_retried() throws Exception {
        TallyId tally = fixtures.openTally(100);
        UUID deadline = schedule(tally, Duration.ofMinutes(1), 7, "after a failure", UUID.randomUUID());
        handler.failNext(1);
        clock.advance(Duration.ofMinutes(2));
        dispatcher.fireDue();
        Deadlines.DeadlineView failed = deadlines.ofStream(tally.streamId()).get(0);
        assertThat(failed.status()).isEqualTo("PENDING");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("injected failure");
        assertThat(total(tally)).isZero();

        dispatcher.fireDue();
        assertThat(total(tally)).as("not due again before its retry time").isZero();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.fireDue();
        assertThat(total(tally)).isEqualTo(7);
        assertThat(status(deadline)).isEqualTo("FIRED");
    }

    @Test
    void deadlines_missed_while_the_service_was_down_fire_on_recovery_in_due_order() throws Exception {
        // One pending deadline of a name per stream: five streams, scheduled out of due order.
        List<TallyId> streams = new ArrayList<>();
        for (int d : List.of(5, 1, 4, 2, 3)) {
            TallyId t = fixtures.openTally(1000);
            streams.add(t);
            schedule(t, Duration.ofDays(d), 1, "day " + d, UUID.randomUUID());
        }
        dispatcher.stop();
        clock.advance(Duration.ofDays(10));
        dispatcher.start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> streams.stream().allMatch(t -> total(t) == 1));
        } finally {
            dispatcher.stop();
        }
        List<List<Object>> order = fixtures.rows("SELECT payload::json->>'note' FROM events WHERE event_type = 'TallyIncremented' "
                + "AND stream_id IN (" + String.join(",", streams.stream().map(t -> "'" + t.streamId() + "'").toList()) + ") ORDER BY position");
        assertThat(order).extracting(row -> row.get(0)).containsExactly("day 1", "day 2", "day 3", "day 4", "day 5");
    }

    /*
     * While nothing is due the running dispatcher sleeps until its next known due time, up to
     * platform.deadlines.longest-sleep (30 s): it does not look every second. These two show that it
     * still fires on time when what it knows changes under it.
     */

    @Test
    void a_running_dispatcher_asleep_fires_a_deadline_committed_meanwhile_at_its_due_time_not_at_its_next_wake() throws Exception {
        startAsleep();
        try {
            TallyId tally = fixtures.openTally(100);
            schedule(tally, Duration.ofSeconds(2), 4, "soon", UUID.randomUUID());
            assertThat(total(tally)).isZero();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> total(tally) == 4);
        } finally {
            dispatcher.stop();
        }
    }

    @Test
    void a_running_dispatcher_asleep_looks_again_when_the_clock_is_moved() throws Exception {
        TallyId tally = fixtures.openTally(100);
        schedule(tally, Duration.ofDays(1), 6, "a day later", UUID.randomUUID());
        startAsleep();
        try {
            assertThat(total(tally)).isZero();
            clock.advance(Duration.ofDays(1).plusSeconds(1));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(6)).until(() -> total(tally) == 6);
        } finally {
            dispatcher.stop();
        }
    }

    /**
     * Closes what earlier tests left overdue (a failing one would keep the dispatcher looking every
     * poll interval, and these tests would pass without the wake-ups they are about), then starts
     * the dispatcher and lets it look once and go to sleep.
     */
    private void startAsleep() throws Exception {
        fixtures.execute("UPDATE deadlines SET status = 'CANCELLED', outcome = 'left over by an earlier test' "
                + "WHERE status = 'PENDING' AND due_at <= ?", java.sql.Timestamp.from(clock.instant().plusSeconds(60)));
        dispatcher.start();
        Thread.sleep(1_500);
    }

    @Test
    void while_the_database_is_away_due_deadlines_wait_and_fire_when_it_is_back() throws Exception {
        TallyId tally = fixtures.openTally(100);
        schedule(tally, Duration.ofHours(1), 3, "after the outage", UUID.randomUUID());
        clock.advance(Duration.ofHours(2));
        // The dispatcher's table unreachable, as when the database is away: its statements fail.
        fixtures.execute("ALTER TABLE deadlines RENAME TO deadlines_away");
        try {
            assertThatThrownBy(() -> dispatcher.fireDueOf(List.of(tally.streamId()))).isInstanceOf(RuntimeException.class);
        } finally {
            fixtures.execute("ALTER TABLE deadlines_away RENAME TO deadlines");
        }
        assertThat(total(tally)).isZero();
        dispatcher.fireDueOf(List.of(tally.streamId()));
        assertThat(total(tally)).isEqualTo(3);
    }

    @Test
    void while_the_broker_is_away_a_fired_deadlines_events_wait_in_the_outbox_and_reach_kafka_once_it_is_back() throws Exception {
        TallyId tally = fixtures.openTally(100);
        UUID deadline = schedule(tally, Duration.ofHours(1), 2, "published later", UUID.randomUUID());
        clock.advance(Duration.ofHours(2));
        try {
            fixtures.withRelayHeldOff(() -> dispatcher.fireDueOf(List.of(tally.streamId())));
            assertThat(fixtures.count("SELECT count(*) FROM outbox o JOIN events e ON e.position = o.position WHERE e.stream_id = ? "
                    + "AND e.stream_version = 2", tally.streamId())).isEqualTo(1);
        } finally {
            fixtures.releaseRelay();
        }
        try (var reader = fixtures.reader(KernelFixtures.TOPIC)) {
            var records = reader.readUntil(r -> r.stream().anyMatch(rec -> tally.streamId().equals(rec.key())
                    && "2".equals(KernelFixtures.header(rec, "ce_streamversion"))), Duration.ofSeconds(60));
            assertThat(records.stream().filter(rec -> tally.streamId().equals(rec.key()) && "2".equals(KernelFixtures.header(rec, "ce_streamversion")))
                    .map(rec -> KernelFixtures.header(rec, "ce_causationid"))).containsExactly(deadline.toString());
        }
    }

    /**
     * Two replicas polling at once, a clock that moves in random steps, deadlines scheduled, moved and
     * cancelled at random: every deadline that was pending when its time came fires exactly once, and
     * each tally's total equals the sum of its fired deadlines (the oracle, computed from the plan).
     */
    @Test
    void exactly_once_across_two_replicas_for_generated_schedules() throws Exception {
        long seed = Long.getLong("deadlines.seed", new Random().nextLong());
        System.out.println("DeadlinesTest: seed " + seed + " (re-run with -Ddeadlines.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int round = 0; round < 3; round++) {
            int streams = 2 + random.nextInt(5);
            List<TallyId> tallies = new ArrayList<>();
            Map<TallyId, Integer> expected = new HashMap<>();
            for (int s = 0; s < streams; s++) {
                TallyId t = fixtures.openTally(1_000_000);
                tallies.add(t);
                expected.put(t, 0);
                int by = 1 + random.nextInt(9);
                UUID id = schedule(t, Duration.ofHours(1 + random.nextInt(72)), by, "round " + round, UUID.randomUUID());
                switch (random.nextInt(3)) {
                    case 0 -> QuarkusTransaction.requiringNew().run(() -> deadlines.cancel(TallyIncrementDue.NAME, t, "cancelled"));
                    case 1 -> {
                        int movedBy = 1 + random.nextInt(9);
                        assertThat(schedule(t, Duration.ofHours(1 + random.nextInt(72)), movedBy, "moved", UUID.randomUUID())).isEqualTo(id);
                        expected.put(t, movedBy);
                    }
                    default -> expected.put(t, by);
                }
            }
            ExecutorService replicas = Executors.newFixedThreadPool(2);
            try {
                for (int step = 0; step < 8; step++) {
                    clock.advance(Duration.ofHours(random.nextInt(15)));
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Integer>> polls = new ArrayList<>();
                    for (int r = 0; r < 2; r++) {
                        polls.add(replicas.submit(() -> {
                            start.await();
                            return dispatcher.fireDue();
                        }));
                    }
                    start.countDown();
                    for (Future<Integer> poll : polls) {
                        poll.get();
                    }
                }
                clock.advance(Duration.ofDays(4));
                dispatcher.fireDue();
            } finally {
                replicas.shutdown();
            }
            for (TallyId t : tallies) {
                assertThat(total(t)).as("seed %d, tally %s", seed, t).isEqualTo((long) expected.get(t));
                assertThat(fixtures.count("SELECT count(*) FROM events WHERE stream_id = ? AND event_type = 'TallyIncremented'",
                        t.streamId())).isEqualTo(expected.get(t) == 0 ? 0L : 1L);
            }
        }
    }

    /** A cancellation racing the due time: one of them wins, never both, never neither. */
    @Test
    void cancellation_racing_the_due_time_either_cancels_or_fires_never_both() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(2);
        int fired = 0;
        int cancelled = 0;
        try {
            for (int i = 0; i < 30; i++) {
                TallyId tally = fixtures.openTally(100);
                schedule(tally, Duration.ZERO, 1, "race", UUID.randomUUID());
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> cancel = racers.submit(() -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> deadlines.cancel(TallyIncrementDue.NAME, tally, "raced"));
                });
                Future<Integer> fire = racers.submit(() -> {
                    start.await();
                    return dispatcher.fireDue();
                });
                start.countDown();
                boolean wasCancelled = cancel.get();
                fire.get();
                dispatcher.fireDue();
                String status = deadlines.ofStream(tally.streamId()).get(0).status();
                if (wasCancelled) {
                    cancelled++;
                    assertThat(status).isEqualTo("CANCELLED");
                    assertThat(total(tally)).isZero();
                } else {
                    fired++;
                    assertThat(status).isEqualTo("FIRED");
                    assertThat(total(tally)).isEqualTo(1);
                }
            }
        } finally {
            racers.shutdown();
        }
        System.out.println("DeadlinesTest: the race went " + fired + " fired, " + cancelled + " cancelled");
        assertThat(fired + cancelled).isEqualTo(30);
    }

    @Test
    void partners_see_their_own_organisations_deadlines_operators_every_one_and_what_became_of_them() throws Exception {
        TallyId ours = fixtures.openTally(100);
        TallyId theirs = fixtures.openTally(100);
        schedule(ours, Duration.ofDays(3), 1, "ours", UUID.randomUUID());
        metadata.runAs(EventMetadata.system("test"), () -> QuarkusTransaction.requiringNew().call(() -> deadlines.schedule(
                Deadline.of(TallyIncrementDue.NAME, theirs, clock.instant().plus(Duration.ofDays(3)), "org-b", "Theirs",
                        new TallyIncrementDue.Payload(1, "theirs")))));

        String ownList = given().auth().oauth2(Tokens.partner("org-a")).get("/v1/deadlines?when=week&size=200").then().statusCode(200)
                .extract().asString();
        assertThat(ownList).contains(ours.streamId()).doesNotContain(theirs.streamId());
        given().auth().oauth2(Tokens.partner("org-b")).get("/v1/deadlines?when=week&size=200").then().statusCode(200)
                .body(not(containsString(ours.streamId())));
        given().auth().oauth2(Tokens.operator()).get("/v1/deadlines?when=week&size=200").then().statusCode(200)
                .body(containsString(ours.streamId()), containsString(theirs.streamId()));
        given().auth().oauth2(Tokens.partner("org-a")).get("/ops/deadlines").then().statusCode(403);
        given().auth().oauth2(Tokens.operator()).get("/v1/deadlines?when=soon").then().statusCode(400);

        clock.advance(Duration.ofDays(4));
        given().auth().oauth2(Tokens.partner("org-a")).get("/v1/deadlines?when=overdue&size=200").then().statusCode(200)
                .body(containsString(ours.streamId()));
        given().auth().oauth2(Tokens.operator()).get("/ops/deadlines/summary").then().statusCode(200).body("overdue", greaterThanOrEqualTo(2));
        dispatcher.fireDueOf(List.of(ours.streamId(), theirs.streamId()));
        given().auth().oauth2(Tokens.operator()).get("/ops/deadlines?status=fired&name=" + TallyIncrementDue.NAME + "&size=200")
                .then().statusCode(200).body(containsString(ours.streamId()), containsString(theirs.streamId()));
        given().auth().oauth2(Tokens.partner("org-a")).get("/v1/deadlines?when=overdue&size=200").then().statusCode(200)
                .body(not(containsString(ours.streamId())));
    }

    @Test
    void the_clock_is_set_over_http_only_on_an_adjustable_platform() {
        given().auth().oauth2(Tokens.analyst()).get("/ops/clock").then().statusCode(200).body("adjustable", equalTo(false));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body("{\"now\":\"2099-01-01T00:00:00Z\"}")
                .post("/ops/clock").then().statusCode(409).body("type", containsString("clock-not-adjustable"));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body("{\"now\":\"2099-01-01T00:00:00Z\"}")
                .post("/ops/clock").then().statusCode(403);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body("{}").post("/ops/clock").then().statusCode(400);
        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
    }

    /**
     * A command that appends to the stream and then cancels the deadline, racing the deadline's own
     * firing (which locks the deadline and then appends to the same stream): neither waits for the
     * other in a cycle, so no deadlock and no failed command, and the outcome is one of the two.
     */
    @Test
    void a_command_that_cancels_while_the_deadline_fires_on_the_same_stream_never_deadlocks() throws Exception {
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 20; i++) {
                TallyId tally = fixtures.openTally(100);
                schedule(tally, Duration.ZERO, 10, "race", UUID.randomUUID());
                CountDownLatch start = new CountDownLatch(1);
                Future<?> command = racers.submit(() -> {
                    start.await();
                    return unitOfWork.run(true, () -> {
                        aggregates.handle(KernelFixtures.stream(tally), Tally.DECIDER, new Tally.Increment(1, "by hand"));
                        return deadlines.cancel(TallyIncrementDue.NAME, tally, "done by hand");
                    });
                });
                Future<Integer> fire = racers.submit(() -> {
                    start.await();
                    return dispatcher.fireDueOf(List.of(tally.streamId()));
                });
                start.countDown();
                command.get();
                fire.get();
                dispatcher.fireDueOf(List.of(tally.streamId()));
                String status = deadlines.ofStream(tally.streamId()).get(0).status();
                assertThat(status + " " + total(tally)).isIn("CANCELLED 1", "FIRED 11");
            }
        } finally {
            racers.shutdown();
        }
    }

    private UUID schedule(TallyId tally, Duration after, int by, String note, UUID correlation) throws Exception {
        Instant due = clock.instant().plus(after);
        return metadata.runAs(new EventMetadata(correlation, correlation, "test", "org-a", null),
                () -> QuarkusTransaction.requiringNew().call(() -> deadlines.schedule(deadline(tally, due, by, note))));
    }

    private static Deadline deadline(TallyId tally, Instant due, int by, String note) {
        return Deadline.of(TallyIncrementDue.NAME, tally, due, "org-a", "The tally increments by " + by,
                new TallyIncrementDue.Payload(by, note));
    }

    private long total(TallyId tally) {
        try {
            return fixtures.count("SELECT coalesce(sum((payload::json->>'by')::int), 0) FROM events WHERE stream_id = ? "
                    + "AND event_type = 'TallyIncremented'", tally.streamId());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String status(UUID deadline) throws Exception {
        return (String) fixtures.rows("SELECT status FROM deadlines WHERE id = '" + deadline + "'").get(0).get(0);
    }
}
