package org.reformplatform.eventsourcing.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
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
 * aggregate states: the erasure, made by another replica (on the same database), is seen by this
 * one's {@link ErasureWatch}, which drops the cached states and keys.
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

    @Test
    void a_state_cached_before_another_replica_forgot_its_subject_is_not_served_after() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = "Katherine Johnson-" + tag;
        TallyId id = fixtures.openTally(100, owner);
        aggregates.forgetCachedStates();   // the stream's Tally state: this test folds the same stream into its owner
        assertThat(aggregates.load(KernelFixtures.stream(id), OWNER).state()).isEqualTo(owner);
        assertThat(aggregates.load(KernelFixtures.stream(id), OWNER).state()).as("from the cache, the stream unchanged").isEqualTo(owner);

        // Another replica forgets the subject: its SubjectKeys.forget, committed in the shared database; nothing runs here.
        fixtures.execute("UPDATE personal_data_keys SET wrapped_key = NULL, kek_id = NULL, forgotten_at = now() WHERE subject = ?",
                id.value().toString());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> PersonalData.ERASED.equals(aggregates.load(KernelFixtures.stream(id), OWNER).state()));
        aggregates.forgetCachedStates();
    }
}
