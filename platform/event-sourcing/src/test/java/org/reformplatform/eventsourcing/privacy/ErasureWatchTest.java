package org.reformplatform.eventsourcing.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.KernelFixtures;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.sample.TallyEvent;
import org.reformplatform.eventsourcing.sample.TallyId;

/**
 * A replica that did not run an erasure stops serving the forgotten subject's data from its cached
 * aggregate states: the erasure, made by another replica (on the same database), is heard by this
 * one's {@link ErasureWatch}, which drops the cached states and keys; and it still is when the
 * watch's connection was lost and the erasure came before it listened again.
 */
@QuarkusTest
class ErasureWatchTest {

    /** An aggregate whose state is its owner's name, as an application's state holds the candidate's. */
    static final Decider<String, Object, TallyEvent> OWNER = new Decider<>() {
        @Override
        public String initialState() {
            return null;
        }

        @Override
        public List<TallyEvent> decide(Object command, String state) {
            return List.of();
        }

        @Override
        public String evolve(String state, TallyEvent event) {
            return event instanceof TallyEvent.TallyOpened opened ? opened.owner() : state;
        }
    };

    @Inject
    KernelFixtures fixtures;

    @Inject
    Aggregates aggregates;

    @Inject
    ErasureWatch watch;

    @Test
    void a_state_cached_before_another_replica_forgot_its_subject_is_not_served_after() throws Exception {
        TallyId id = cachedTallyOf("Katherine Johnson");

        forgetAsAnotherReplica(id);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> PersonalData.ERASED.equals(aggregates.load(KernelFixtures.stream(id), OWNER).state()));
        aggregates.forgetCachedStates();
    }

    @Test
    void an_erasure_made_while_the_watch_was_not_listening_is_not_missed() throws Exception {
        awaitListening();
        TallyId id = cachedTallyOf("Dorothy Vaughan");
        long dropsBefore = watch.drops();

        // The watch's connection is lost (a database restart, a network cut); the erasure commits before it listens again.
        assertThat(fixtures.count("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                + "WHERE application_name = ? AND datname = current_database()", ErasureWatch.APPLICATION_NAME))
                .as("the watch's connection, terminated").isEqualTo(1);
        forgetAsAnotherReplica(id);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> PersonalData.ERASED.equals(aggregates.load(KernelFixtures.stream(id), OWNER).state()));
        awaitListening();
        assertThat(watch.drops()).as("the caches, dropped when the connection failed and again when it listened").isGreaterThanOrEqualTo(dropsBefore + 2);
        aggregates.forgetCachedStates();
    }

    @Test
    void an_idle_watch_does_not_query_the_database() throws Exception {
        awaitListening();
        Set<Object> statementsStarted = new HashSet<>();
        for (int sample = 0; sample < 30; sample++) {
            statementsStarted.add(fixtures.rows("SELECT query_start FROM pg_stat_activity WHERE application_name = '"
                    + ErasureWatch.APPLICATION_NAME + "' AND datname = current_database()"));
            Thread.sleep(100);
        }
        // It waits for notices in a socket read: in 3 s the last statement it ran may change once, by the check every 10 s.
        assertThat(statementsStarted).as("the start times of the watch's last statement, sampled for 3 s").hasSizeLessThanOrEqualTo(2);
    }

    /** A tally owned by the person, loaded once so that this replica caches its state (the owner's name in clear). */
    private TallyId cachedTallyOf(String name) throws Exception {
        String owner = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        TallyId id = fixtures.openTally(100, owner);
        aggregates.forgetCachedStates();   // the stream's Tally state: this test folds the same stream into its owner
        assertThat(aggregates.load(KernelFixtures.stream(id), OWNER).state()).isEqualTo(owner);
        assertThat(aggregates.load(KernelFixtures.stream(id), OWNER).state()).as("from the cache, the stream unchanged").isEqualTo(owner);
        return id;
    }

    /** Another replica's SubjectKeys.forget, committed in the shared database; nothing runs here. */
    private void forgetAsAnotherReplica(TallyId id) throws Exception {
        fixtures.execute("UPDATE personal_data_keys SET wrapped_key = NULL, kek_id = NULL, forgotten_at = now() WHERE subject = ?",
                id.value().toString());
    }

    private void awaitListening() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> fixtures.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = ? "
                        + "AND datname = current_database()", ErasureWatch.APPLICATION_NAME) == 1
                        && watch.listening());
    }
}
