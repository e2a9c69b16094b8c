package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.BrokenConnections.Fault;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.CommitInDoubt;
import org.reformplatform.eventsourcing.command.UnitOfWork;
import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.sample.Tally;
import org.reformplatform.eventsourcing.sample.TallyId;

/**
 * A command whose connection breaks during COMMIT: the answer must say what the database did. The
 * connections go through {@link BrokenConnections} (the kernel tests' pgjdbc socket factory), which
 * breaks the committing thread's connection just before or just after the COMMIT reaches the server.
 */
@QuarkusTest
class CommitInDoubtTest {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Aggregates aggregates;

    @Inject
    KernelFixtures fixtures;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @AfterEach
    void disarm() {
        BrokenConnections.disarm();
    }

    @Test
    void given_a_commit_the_server_had_when_the_connection_broke_then_the_command_is_answered_as_done_and_its_event_published() throws Exception {
        TallyId id = fixtures.openTally(100);
        int brokenBefore = BrokenConnections.broken();

        String answer = unitOfWork.run(true, () -> {
            aggregates.handle(KernelFixtures.stream(id), Tally.DECIDER, new Tally.Increment(1, "committed, answer lost"));
            breakAtCommit(Fault.AFTER_SENDING);
            return "done";
        });

        assertThat(BrokenConnections.broken()).as("connections broken by the test").isGreaterThan(brokenBefore);
        assertThat(answer).isEqualTo("done");
        assertThat(storedEvents(id)).as("the tally's events: opened, incremented once").isEqualTo(2);
        awaitPublished(id);
    }

    @Test
    void given_a_commit_the_server_never_had_then_the_command_fails_as_unavailable_and_nothing_is_stored() throws Exception {
        TallyId id = fixtures.openTally(100);
        int brokenBefore = BrokenConnections.broken();

        Throwable failure = catchThrowable(() -> unitOfWork.run(true, () -> {
            aggregates.handle(KernelFixtures.stream(id), Tally.DECIDER, new Tally.Increment(1, "rolled back"));
            breakAtCommit(Fault.BEFORE_SENDING);
            return "done";
        }));

        assertThat(BrokenConnections.broken()).as("connections broken by the test").isGreaterThan(brokenBefore);
        assertThat(failure).isNotNull().isNotInstanceOf(CommitInDoubt.class);
        assertThat(Failures.isDatabaseFailure(failure)).as("answered 503 service-unavailable: " + failure).isTrue();
        assertThat(storedEvents(id)).as("the tally's events: opened only").isEqualTo(1);
    }

    @Test
    void given_a_commit_the_server_had_and_a_database_away_past_the_patience_then_the_outcome_is_reported_unknown() throws Exception {
        TallyId id = fixtures.openTally(100);

        Throwable failure = catchThrowable(() -> unitOfWork.run(true, () -> {
            aggregates.handle(KernelFixtures.stream(id), Tally.DECIDER, new Tally.Increment(1, "committed, database away"));
            breakAtCommit(Fault.AFTER_SENDING);
            // Longer than platform.commands.in-doubt-patience in the tests' configuration (2 s).
            BrokenConnections.unreachableFor(4_000);
            return "done";
        }));

        assertThat(failure).isInstanceOf(CommitInDoubt.class);
        BrokenConnections.disarm();
        assertThat(storedEvents(id)).as("it had committed: the tally's events are opened and incremented").isEqualTo(2);
        awaitPublished(id);
    }

    /** Arms the fault once the transaction's other work is done, just before the commit's own write. */
    private void breakAtCommit(Fault fault) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                BrokenConnections.arm(fault);
            }

            @Override
            public void afterCompletion(int status) {
            }
        });
    }

    private long storedEvents(TallyId id) throws Exception {
        return fixtures.storedIds(List.of(id.value().toString())).getOrDefault(id.value().toString(), List.of()).size();
    }

    private void awaitPublished(TallyId id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fixtures.count(
                "SELECT count(*) FROM outbox o JOIN events e ON e.position = o.position WHERE e.stream_id = ?", id.value().toString()))
                .as("the tally's events still in the outbox").isZero());
    }
}
