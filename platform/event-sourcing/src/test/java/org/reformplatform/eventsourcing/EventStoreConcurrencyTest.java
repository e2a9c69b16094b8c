package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.sample.Tally;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyIncremented;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.eventsourcing.store.ConcurrencyConflict;
import org.reformplatform.eventsourcing.store.EventMetadata;
import org.reformplatform.eventsourcing.store.EventStore;

@QuarkusTest
class EventStoreConcurrencyTest {

    @Inject
    EventStore store;

    @Inject
    Aggregates aggregates;

    @Inject
    KernelFixtures fixtures;

    @Test
    void of_two_appends_at_the_same_expected_version_exactly_one_wins() throws Exception {
        TallyId id = fixtures.openTally(100);
        CyclicBarrier bothReady = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int writer = 1; writer <= 2; writer++) {
            int by = writer;
            outcomes.add(pool.submit(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        await(bothReady);
                        store.append(KernelFixtures.stream(id), 1, List.of(new TallyIncremented(id, by, "writer " + by)),
                                EventMetadata.system("test"));
                    });
                    return "appended";
                } catch (ConcurrencyConflict conflict) {
                    return "conflict";
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("appended", "conflict");
        Loaded<Tally> tally = aggregates.load(KernelFixtures.stream(id), Tally.DECIDER);
        assertThat(tally.version()).isEqualTo(2);
        assertThat(tally.state().total()).isIn(1, 2);
    }

    @Test
    void a_stale_expected_version_is_a_conflict_never_an_overwrite() {
        TallyId id = fixtures.openTally(100);
        fixtures.increment(id, 5, "first");

        ConcurrencyConflict conflict = org.assertj.core.api.Assertions.catchThrowableOfType(ConcurrencyConflict.class,
                () -> QuarkusTransaction.requiringNew().run(() -> store.append(KernelFixtures.stream(id), 1,
                        List.of(new TallyIncremented(id, 7, "stale")), EventMetadata.system("test"))));

        assertThat(conflict).isNotNull();
        assertThat(aggregates.load(KernelFixtures.stream(id), Tally.DECIDER).state().total()).isEqualTo(5);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
