package org.reformplatform.admissions.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reformplatform.admissions.simulation.RecordingIntake.SETTINGS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reformplatform.admissions.application.ApplicationEvent;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.DecisionRoute;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.admissions.review.ReviewerTotal;

/**
 * The reproduction check as a property: for any intake events the decider recorded, replaying their
 * inputs under the policy that was in force gives back exactly the recorded events (the oracle is
 * the recording itself), and so the recorded outcomes. Generated histories cover every outcome;
 * a failure names the seed that reproduces it ({@code -Dreplay.seed=...}).
 */
class ReproductionPropertyTest {

    static final int HISTORIES = 1500;
    static final List<String> OUTCOMES = List.of("ADMITTED", "REJECTED", "REFERRED", "REFERRED_ADMIT", "REFERRED_REJECT", "WITHDRAWN",
            "AWAITING_REVIEWS");

    @Test
    void replaying_under_the_policy_as_recorded_gives_back_every_recorded_event() {
        Map<String, Integer> outcomes = new HashMap<>();
        long seed0 = Long.getLong("replay.seed", System.nanoTime());
        for (int i = 0; i < HISTORIES || (!outcomes.keySet().containsAll(OUTCOMES) && i < 20 * HISTORIES); i++) {
            long seed = seed0 + i;
            RecordingIntake world = GeneratedIntakes.generate(new Random(seed));
            for (IntakeReplay.Replayed r : IntakeReplay.replay(world.log, PolicyTried.AS_RECORDED, SETTINGS)) {
                assertThat(r.simulatedEvents()).as("seed %d (-Dreplay.seed=%d)", seed, seed).isEqualTo(r.recordedEvents());
                assertThat(r.changed()).as("seed %d", seed).isFalse();
                assertThat(r.refusals()).as("seed %d: a recorded input refused", seed).isEmpty();
                outcomes.merge(r.simulated().committeeVerdict() == null ? r.simulated().outcome()
                        : r.simulated().outcome() + "_" + r.simulated().committeeVerdict(), 1, Integer::sum);
            }
        }
        assertThat(outcomes.keySet()).as("the generator reaches every outcome, or the property proves little").containsAll(OUTCOMES);
    }

    /**
     * Calibrated decisions record the offsets they used, and the reproduction check replays them with those. Without
     * them, the replay estimates the offsets itself from the reviews its simulated events hold, review by review: it must
     * find the same ones the service found, so a policy tried on calibrated totals reads what the service would have read.
     */
    @Test
    void without_the_recorded_offsets_the_replay_estimates_the_same_ones() {
        long seed0 = Long.getLong("replay.seed", System.nanoTime());
        int calibrated = 0;
        for (int i = 0; i < HISTORIES / 3; i++) {
            long seed = seed0 + i;
            RecordingIntake world = GeneratedIntakes.generate(new Random(seed));
            List<IntakeReplay.Recorded> stripped = world.log.stream().map(r -> new IntakeReplay.Recorded(withoutOffsets(r.event()), r.occurredAt()))
                    .toList();
            for (IntakeReplay.Replayed r : IntakeReplay.replay(stripped, PolicyTried.AS_RECORDED, SETTINGS)) {
                List<ApplicationEvent> recorded = world.eventsOf(new org.reformplatform.admissions.ids.ApplicationId(r.applicationId()));
                assertThat(r.simulatedEvents()).as("seed %d (-Dreplay.seed=%d)", seed, seed).isEqualTo(recorded);
                calibrated += (int) recorded.stream().filter(e -> e instanceof ApplicationAdmitted a && a.reviewerOffsets() != null
                        || e instanceof ApplicationRejected j && j.reviewerOffsets() != null
                        || e instanceof ApplicationReferredToSpecialReview f && f.reviewerOffsets() != null).count();
            }
        }
        assertThat(calibrated).as("decisions on calibrated totals checked").isGreaterThan(100);
    }

    /**
     * Under any other policy on raw totals, each application ends as the rule says of its recorded reviews, taken in
     * order until the policy's required number is in (oracle written from the policy's description, not from the replay):
     * withdrawn if the candidate withdrew before a decision (or while on the docket), awaiting reviews if fewer came in,
     * else the non-consensus policy's verdict on those first reviews.
     */
    @Test
    void under_another_policy_each_application_ends_as_the_rule_says_of_its_first_reviews() {
        long seed0 = Long.getLong("replay.seed", System.nanoTime());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < HISTORIES; i++) {
            long seed = seed0 + i;
            Random random = new Random(seed);
            RecordingIntake world = GeneratedIntakes.generate(random);
            PolicyTried tried = new PolicyTried(BigDecimal.valueOf(40 + random.nextInt(50)), BigDecimal.valueOf(5 + random.nextInt(50)),
                    ScoreBasis.RAW, 2 + random.nextInt(3));
            for (IntakeReplay.Replayed r : IntakeReplay.replay(world.log, tried, SETTINGS)) {
                String expected = oracle(r.recordedEvents(), tried);
                assertThat(r.simulated().outcome()).as("seed %d (-Dreplay.seed=%d), %s", seed, seed, tried).isEqualTo(expected);
                seen.merge(expected + (r.changed() ? " changed" : ""), 1, Integer::sum);
            }
        }
        assertThat(seen.keySet()).contains("ADMITTED changed", "REJECTED changed", "REFERRED changed", "AWAITING_REVIEWS changed");
    }

    private static String oracle(List<ApplicationEvent> recorded, PolicyTried tried) {
        NonConsensusPolicy rule = new NonConsensusPolicy(tried.admissionBar(), tried.spreadThreshold());
        List<ReviewerTotal> first = new ArrayList<>();
        NonConsensusPolicy.Outcome decided = null;
        boolean committeeDecided = false;
        for (ApplicationEvent e : recorded) {
            if (e instanceof ReviewSubmitted s && decided == null) {
                first.add(new ReviewerTotal(s.reviewer(), s.total(), s.recommendation()));
                if (first.size() == tried.requiredReviews()) {
                    decided = rule.assess(first).outcome();
                }
            } else if (e instanceof ApplicationWithdrawn
                    && (decided == null || decided == NonConsensusPolicy.Outcome.SPECIAL_REVIEW && !committeeDecided)) {
                return Outcome.WITHDRAWN;
            } else if ((e instanceof ApplicationAdmitted a && a.route() == DecisionRoute.COMMITTEE
                    || e instanceof ApplicationRejected j && j.route() == DecisionRoute.COMMITTEE) && decided == NonConsensusPolicy.Outcome.SPECIAL_REVIEW) {
                committeeDecided = true;
            }
        }
        if (decided == null) {
            return Outcome.AWAITING_REVIEWS;
        }
        return switch (decided) {
            case ADMIT -> Outcome.ADMITTED;
            case REJECT -> Outcome.REJECTED;
            case SPECIAL_REVIEW -> Outcome.REFERRED;
        };
    }

    private static ApplicationEvent withoutOffsets(ApplicationEvent e) {
        if (e instanceof ApplicationAdmitted a && a.reviewerOffsets() != null) {
            return new ApplicationAdmitted(a.applicationId(), a.studentId(), a.intakeEventId(), a.route(), a.meanTotal(), a.spread(),
                    a.admissionBar(), a.spreadThreshold(), a.rationale(), a.decidedBy(), a.decidedAt(), a.scoreBasis(), null);
        }
        if (e instanceof ApplicationRejected j && j.reviewerOffsets() != null) {
            return new ApplicationRejected(j.applicationId(), j.intakeEventId(), j.route(), j.meanTotal(), j.spread(), j.admissionBar(),
                    j.spreadThreshold(), j.rationale(), j.decidedBy(), j.decidedAt(), j.scoreBasis(), null);
        }
        if (e instanceof ApplicationReferredToSpecialReview f && f.reviewerOffsets() != null) {
            return new ApplicationReferredToSpecialReview(f.applicationId(), f.intakeEventId(), f.candidateName(), f.reviewerTotals(),
                    f.meanTotal(), f.spread(), f.reasons(), f.admissionBar(), f.spreadThreshold(), f.referredAt(), f.decisionDueAt(),
                    f.scoreBasis(), null);
        }
        return e;
    }
}
