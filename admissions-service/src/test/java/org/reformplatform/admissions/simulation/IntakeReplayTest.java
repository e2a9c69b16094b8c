package org.reformplatform.admissions.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.admissions.simulation.RecordingIntake.SETTINGS;
import static org.reformplatform.admissions.simulation.RecordingIntake.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.review.Recommendation;

/**
 * The replay of an intake event's applications under another policy, decided by the real
 * {@code Application} decider; every expectation computed by hand. Totals are 4 × originality +
 * 6 × execution.
 */
class IntakeReplayTest {

    static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
    static final IntakeEventId EVENT = IntakeEventId.random();

    final RecordingIntake world = new RecordingIntake();
    int minute;

    Instant next() {
        return T.plusSeconds(60L * ++minute);
    }

    /** An application with work and a panel, reviewed with these (originality, execution, recommendation) in order. */
    ApplicationId reviewed(NonConsensusThresholds policy, int required, Object... reviews) {
        ApplicationId id = world.submit(EVENT, policy, required, next());
        world.work(id, next());
        String[] panel = new String[reviews.length / 3];
        for (int i = 0; i < panel.length; i++) {
            panel[i] = "r" + (i + 1);
        }
        assertThat(world.assign(id, next(), panel)).isTrue();
        for (int i = 0; i < panel.length; i++) {
            world.review(id, panel[i], (Integer) reviews[3 * i], (Integer) reviews[3 * i + 1], (Recommendation) reviews[3 * i + 2], next());
        }
        return id;
    }

    Map<UUID, IntakeReplay.Replayed> replay(PolicyTried policy) {
        return IntakeReplay.replay(world.log, policy, SETTINGS).stream()
                .collect(Collectors.toMap(IntakeReplay.Replayed::applicationId, r -> r));
    }

    static final Recommendation ADMIT = Recommendation.ADMIT;
    static final Recommendation REJECT = Recommendation.REJECT;
    static final Recommendation CHAMPION = Recommendation.CHAMPION;

    /**
     * Bar 70, spread 25, two reviews. A: 80 and 70 (mean 75, spread 10) admitted. B: 60 and 64 (62) rejected. C: 90
     * (champion) and 50 (mean 70, spread 40) referred, the committee admits. D: 76 and 70 (73) admitted.
     */
    @Nested
    class Thresholds {
        final NonConsensusThresholds recorded = policy("70", "25", ScoreBasis.RAW);
        final ApplicationId a = reviewed(recorded, 2, 8, 8, ADMIT, 7, 7, ADMIT);
        final ApplicationId b = reviewed(recorded, 2, 6, 6, REJECT, 7, 6, REJECT);
        final ApplicationId c = reviewed(recorded, 2, 9, 9, CHAMPION, 5, 5, REJECT);
        final ApplicationId d = reviewed(recorded, 2, 7, 8, ADMIT, 7, 7, ADMIT);

        {
            assertThat(world.committee(c, CommitteeVerdict.ADMIT, next())).isTrue();
        }

        @Test
        void as_recorded_every_outcome_and_every_event_comes_back() {
            Map<UUID, IntakeReplay.Replayed> replayed = replay(PolicyTried.AS_RECORDED);
            assertThat(replayed.values()).allSatisfy(r -> {
                assertThat(r.simulatedEvents()).isEqualTo(r.recordedEvents());
                assertThat(r.changed()).isFalse();
                assertThat(r.refusals()).isEmpty();
            });
            assertThat(replayed.get(a.value()).recorded().outcome()).isEqualTo(Outcome.ADMITTED);
            assertThat(replayed.get(b.value()).recorded().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(replayed.get(c.value()).recorded().outcome()).isEqualTo(Outcome.REFERRED);
            assertThat(replayed.get(c.value()).recorded().committeeVerdict()).isEqualTo("ADMIT");
        }

        @Test
        void a_higher_bar_rejects_the_application_whose_mean_falls_below_it_and_the_committee_still_hears_the_disagreement() {
            Map<UUID, IntakeReplay.Replayed> replayed = replay(new PolicyTried(new BigDecimal("74"), null, null, null));
            IntakeReplay.Replayed moved = replayed.get(d.value());
            assertThat(moved.changed()).isTrue();
            assertThat(moved.simulated().outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(moved.simulated().rule()).isEqualTo("mean 73.00 < bar 74, spread 6.00 < 25, no champion");
            assertThat(moved.recorded().rule()).isEqualTo("mean 73.00 ≥ bar 70, spread 6.00 < 25");
            assertThat(replayed.get(a.value()).changed()).isFalse();
            assertThat(replayed.get(b.value()).changed()).isFalse();
            IntakeReplay.Replayed referred = replayed.get(c.value());
            assertThat(referred.simulated().outcome()).isEqualTo(Outcome.REFERRED);
            assertThat(referred.simulated().committeeVerdict()).as("the committee's decision is replayed").isEqualTo("ADMIT");
            assertThat(referred.simulated().rule()).isEqualTo("spread 40.00 ≥ 25; championed with mean 70.00 < bar 74");
        }

        @Test
        void a_lower_bar_and_a_wider_spread_admit_by_the_policy_what_the_committee_decided_and_refuse_its_decision() {
            Map<UUID, IntakeReplay.Replayed> replayed = replay(new PolicyTried(new BigDecimal("60"), new BigDecimal("45"), null, null));
            assertThat(replayed.get(b.value()).simulated().outcome()).isEqualTo(Outcome.ADMITTED);
            assertThat(replayed.get(b.value()).simulated().rule()).isEqualTo("mean 62.00 ≥ bar 60, spread 4.00 < 45");
            IntakeReplay.Replayed c2 = replayed.get(c.value());
            assertThat(c2.simulated().outcome()).isEqualTo(Outcome.ADMITTED);
            assertThat(c2.simulated().committeeVerdict()).isNull();
            assertThat(c2.refusals()).extracting(IntakeReplay.Refusal::input, IntakeReplay.Refusal::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("DecideSpecialReview", "application-decided"));
            assertThat(replayed.get(a.value()).changed()).isFalse();
            assertThat(replayed.get(d.value()).changed()).isFalse();
        }

        @Test
        void more_required_reviews_than_were_given_leave_every_application_awaiting_reviews() {
            Map<UUID, IntakeReplay.Replayed> replayed = replay(new PolicyTried(null, null, null, 3));
            assertThat(replayed.values()).allSatisfy(r -> {
                assertThat(r.simulated().outcome()).isEqualTo(Outcome.AWAITING_REVIEWS);
                assertThat(r.simulated().rule()).isEqualTo("2 of 3 required reviews in");
            });
            assertThat(replayed.get(c.value()).refusals()).extracting(IntakeReplay.Refusal::rule).containsExactly("not-on-special-review");
        }
    }

    /** Three reviews required: 80, 70, then 40 (mean 63.33, spread 40): referred. */
    @Test
    void fewer_required_reviews_decide_at_the_second_review_and_refuse_the_third() {
        ApplicationId f = reviewed(policy("70", "25", ScoreBasis.RAW), 3, 8, 8, ADMIT, 7, 7, ADMIT, 4, 4, REJECT);
        assertThat(world.state(f).status().name()).isEqualTo("SPECIAL_REVIEW");
        IntakeReplay.Replayed replayed = replay(new PolicyTried(null, null, null, 2)).get(f.value());
        assertThat(replayed.recorded().rule()).isEqualTo("spread 40.00 ≥ 25");
        assertThat(replayed.simulated().outcome()).isEqualTo(Outcome.ADMITTED);
        assertThat(replayed.simulated().meanTotal()).isEqualByComparingTo("75.00");
        assertThat(replayed.simulated().reviews()).isEqualTo(2);
        assertThat(replayed.refusals()).extracting(IntakeReplay.Refusal::input, IntakeReplay.Refusal::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SubmitReview by r3", "application-decided"));
    }

    /**
     * Calibration on: a harsh reviewer h (60) and a lenient one l (80) share five applications P1–P5 (mean 70:
     * rejected under a bar of 75 either way). Then Q: h gives 62, n (new) 82; raw mean 72: rejected. Calibrated when n's
     * review comes in: h's deviation is −20 on all six shared applications (offset −20, in full from five on), n's +20 on
     * one (offset 20 × 1/5 = 4): h 62 + 20 = 82, n 82 − 4 = 78, mean 80, spread 4: admitted.
     */
    @Test
    void calibration_on_admits_the_candidate_a_harsh_reviewer_held_below_the_bar() {
        NonConsensusThresholds raw = policy("75", "25", ScoreBasis.RAW);
        for (int i = 0; i < 5; i++) {
            ApplicationId p = world.submit(EVENT, raw, 2, next());
            world.work(p, next());
            world.assign(p, next(), "h", "l");
            world.review(p, "h", 6, 6, REJECT, next());
            world.review(p, "l", 8, 8, ADMIT, next());
        }
        ApplicationId q = world.submit(EVENT, raw, 2, next());
        world.work(q, next());
        world.assign(q, next(), "h", "n");
        world.review(q, "h", 2, 9, REJECT, next()); // 8 + 54 = 62
        world.review(q, "n", 7, 9, ADMIT, next()); // 28 + 54 = 82
        Map<UUID, IntakeReplay.Replayed> replayed = replay(new PolicyTried(null, null, ScoreBasis.CALIBRATED, null));
        IntakeReplay.Replayed moved = replayed.get(q.value());
        assertThat(moved.recorded().outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(moved.recorded().meanTotal()).isEqualByComparingTo("72.00");
        assertThat(moved.simulated().outcome()).isEqualTo(Outcome.ADMITTED);
        assertThat(moved.simulated().rule()).isEqualTo("mean 80.00 ≥ bar 75, spread 4.00 < 25 (calibrated totals)");
        assertThat(replayed.values().stream().filter(IntakeReplay.Replayed::changed).map(IntakeReplay.Replayed::applicationId).toList())
                .containsExactly(q.value());
    }

    @Test
    void a_withdrawal_after_an_earlier_simulated_decision_is_refused_and_the_decision_stands() {
        ApplicationId w = world.submit(EVENT, policy("70", "25", ScoreBasis.RAW), 3, next());
        world.work(w, next());
        assertThat(world.assign(w, next(), "r1", "r2", "r3")).isTrue();
        world.review(w, "r1", 8, 8, ADMIT, next());
        world.review(w, "r2", 8, 8, ADMIT, next());
        assertThat(world.withdraw(w, next())).isTrue();
        IntakeReplay.Replayed replayed = replay(new PolicyTried(null, null, null, 2)).get(w.value());
        assertThat(replayed.recorded().outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(replayed.simulated().outcome()).isEqualTo(Outcome.ADMITTED);
        assertThat(replayed.refusals()).extracting(IntakeReplay.Refusal::rule).containsExactly("application-decided");
        assertThat(List.of(replayed.changed())).containsExactly(true);
    }
}
