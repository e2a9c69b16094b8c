package org.reformplatform.mobility.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.mobility.simulation.RecordingWorld.CALENDAR;
import static org.reformplatform.mobility.simulation.RecordingWorld.ZONE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reformplatform.mobility.arrangement.ArrangementEvent;
import org.reformplatform.mobility.policy.DefaultPolicy;

/**
 * The reproduction check as a property: for any history the deciders recorded, replaying its
 * inputs under the policy that was in force gives back exactly the recorded events (the oracle is
 * the recording itself), and so the recorded outcome. Generated histories cover every input and
 * every deadline; a failure names the seed that reproduces it.
 */
class ReproductionPropertyTest {

    static final int HISTORIES = 2000;
    static final List<String> OUTCOMES = List.of("LAPSED", "WITHDRAWN", "ACTIVE", "DEFERRED", "ENDED_COMPLETED", "ENDED_RETURNED",
            "ENDED_RESIGNED", "ENDED_TERMINATED", "APPLIED");
    static final LocalDate AS_OF_DAY = LocalDate.of(2026, 6, 1);
    static final Instant AS_OF = AS_OF_DAY.atStartOfDay(ZONE).toInstant();

    @Test
    void replaying_under_the_policy_as_recorded_gives_back_every_recorded_event() {
        Map<String, Integer> outcomes = new HashMap<>();
        long seed0 = Long.getLong("replay.seed", System.nanoTime());
        // At least HISTORIES, and on until every outcome the check is about was reached: some (an
        // arrangement still in its deferral on the day looked from) are rare, and a fixed count left
        // one out now and then (CI, 2026-12-06: no DEFERRED in 2,000).
        for (int i = 0; i < HISTORIES || (!outcomes.keySet().containsAll(OUTCOMES) && i < 50 * HISTORIES); i++) {
            long seed = seed0 + i;
            RecordedArrangement history = GeneratedHistories.generate(new Random(seed), AS_OF_DAY).history();
            ArrangementReplay.Replayed replayed = ArrangementReplay.replay(history, PolicyTried.AS_RECORDED, ZONE, CALENDAR, AS_OF);
            List<ArrangementEvent> recorded = history.entries().stream().map(RecordedArrangement.Entry::event).toList();
            assertThat(replayed.simulatedEvents()).as("seed %d (-Dreplay.seed=%d)", seed, seed).isEqualTo(recorded);
            assertThat(replayed.changed()).as("seed %d", seed).isFalse();
            assertThat(replayed.refusals()).as("seed %d: a recorded input refused", seed).isEmpty();
            outcomes.merge(replayed.simulated().outcome(), 1, Integer::sum);
        }
        // The generator must reach the outcomes the check is about, or the property proves little.
        assertThat(outcomes.keySet()).containsAll(OUTCOMES);
    }

    @Test
    void the_policy_in_force_given_explicitly_reproduces_the_recorded_outcomes_too() {
        PolicyTried inForce = new PolicyTried(1, DefaultPolicy.forms());
        long seed0 = Long.getLong("replay.seed", System.nanoTime());
        for (int i = 0; i < HISTORIES / 4; i++) {
            long seed = seed0 + i;
            RecordedArrangement history = GeneratedHistories.generate(new Random(seed), AS_OF_DAY).history();
            ArrangementReplay.Replayed replayed = ArrangementReplay.replay(history, inForce, ZONE, CALENDAR, AS_OF);
            assertThat(replayed.simulated()).as("seed %d", seed).isEqualTo(replayed.recorded());
        }
    }
}
