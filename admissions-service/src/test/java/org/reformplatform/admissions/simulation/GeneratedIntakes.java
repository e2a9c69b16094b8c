package org.reformplatform.admissions.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.reformplatform.admissions.application.Application;
import org.reformplatform.admissions.application.ApplicationStatus;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.review.Recommendation;

/**
 * Random intake events recorded through the real decider ({@link RecordingIntake}): one to three
 * events, each with its own policy (raw or calibrated totals, or none: the service's default) and
 * number of required reviews, and a random interleaving of what people do — submissions, project
 * work, panels, reviews (champions among them), declared conflicts, withdrawals, the committee's
 * decisions and escalations. Commands the rules refuse record nothing, as in the service.
 */
final class GeneratedIntakes {

    static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    static final List<String> REVIEWERS = List.of("r1", "r2", "r3", "r4", "r5", "r6");

    private GeneratedIntakes() {
    }

    static RecordingIntake generate(Random random) {
        RecordingIntake world = new RecordingIntake();
        List<ApplicationId> applications = new ArrayList<>();
        int events = 1 + random.nextInt(3);
        Instant[] now = {START};
        for (int e = 0; e < events; e++) {
            IntakeEventId event = IntakeEventId.random();
            NonConsensusThresholds policy = random.nextInt(4) == 0 ? null
                    : RecordingIntake.policy(String.valueOf(50 + random.nextInt(36)), String.valueOf(10 + random.nextInt(31)),
                            random.nextBoolean() ? ScoreBasis.CALIBRATED : ScoreBasis.RAW);
            int required = 2 + random.nextInt(3);
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                applications.add(world.submit(event, policy, required, tick(now, random)));
            }
        }
        int steps = applications.size() * 9;
        for (int s = 0; s < steps; s++) {
            ApplicationId id = applications.get(random.nextInt(applications.size()));
            Application state = world.state(id);
            Instant at = tick(now, random);
            int action = random.nextInt(100);
            if (action < 12) {
                world.work(id, at);
            } else if (action < 24) {
                List<String> pool = new ArrayList<>(REVIEWERS);
                Collections.shuffle(pool, random);
                int size = state.panel().requiredReviews() + random.nextInt(2);
                world.assign(id, at, pool.subList(0, Math.min(size, pool.size())).toArray(String[]::new));
            } else if (action < 80) {
                List<String> awaited = state.panel().assigned().stream().filter(r -> !state.panel().hasReviewed(r)).toList();
                if (!awaited.isEmpty()) {
                    int roll = random.nextInt(100);
                    Recommendation recommendation = roll < 15 ? Recommendation.CHAMPION : roll < 55 ? Recommendation.REJECT : Recommendation.ADMIT;
                    world.review(id, awaited.get(random.nextInt(awaited.size())), random.nextInt(11), random.nextInt(11), recommendation, at);
                }
            } else if (action < 90) {
                if (state.status() == ApplicationStatus.SPECIAL_REVIEW) {
                    world.committee(id, random.nextBoolean() ? CommitteeVerdict.ADMIT : CommitteeVerdict.REJECT, at);
                }
            } else if (action < 94) {
                world.withdraw(id, at);
            } else if (action < 97) {
                world.declareConflict(id, REVIEWERS.get(random.nextInt(REVIEWERS.size())), at);
            } else if (state.status() == ApplicationStatus.SPECIAL_REVIEW && state.referral().decisionDueAt() != null) {
                world.escalate(id, state.referral().decisionDueAt().plusSeconds(1));
            }
        }
        return world;
    }

    private static Instant tick(Instant[] now, Random random) {
        now[0] = now[0].plusSeconds(60 + random.nextInt(3600));
        return now[0];
    }
}
