package org.reformplatform.admissions.simulation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.reformplatform.admissions.application.Application;
import org.reformplatform.admissions.application.ApplicationCommand;
import org.reformplatform.admissions.application.ApplicationCommand.AssignReviewers;
import org.reformplatform.admissions.application.ApplicationCommand.DecideSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.DeclareConflictOfInterest;
import org.reformplatform.admissions.application.ApplicationCommand.EscalateSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitApplication;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitProjectWork;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitReview;
import org.reformplatform.admissions.application.ApplicationCommand.WithdrawApplication;
import org.reformplatform.admissions.application.ApplicationEvent;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.Background;
import org.reformplatform.admissions.application.Candidate;
import org.reformplatform.admissions.application.ProjectWork;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.Nomination;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.admissions.review.ReviewCalibration;
import org.reformplatform.admissions.review.ReviewerOffsets;
import org.reformplatform.admissions.review.ReviewerTotal;
import org.reformplatform.admissions.review.Scorecard;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A recording of intake events as the service makes it, without the service: every command goes
 * through the real {@link Application} decider, with what the handlers would give it (the default
 * policy, the committee's time limit, on calibrated totals the reviewers' offsets estimated from the
 * event's recorded reviews with this one, as {@code IntakeCalibrations.with} does), and the events
 * are kept in the order they were appended. A refused command records nothing.
 */
final class RecordingIntake {

    static final NonConsensusPolicy DEFAULT = NonConsensusPolicy.of("70", "25");
    /** Totals are 4 × originality + 6 × execution. */
    static final List<ScoringCriterion> CRITERIA = List.of(
            new ScoringCriterion("originality", "How new", new BigDecimal("0.4"), 10),
            new ScoringCriterion("execution", "How well built", new BigDecimal("0.6"), 10));
    static final Duration COMMITTEE_TIME = Duration.ofDays(21);
    static final IntakeReplay.Settings SETTINGS = new IntakeReplay.Settings(DEFAULT, at -> at.plus(COMMITTEE_TIME));

    private static final Decider<Application, ApplicationCommand, ApplicationEvent> DECIDER = Application.TYPE.decider();

    final List<IntakeReplay.Recorded> log = new ArrayList<>();
    private final Map<UUID, Application> states = new TreeMap<>();
    private final Map<UUID, UUID> eventOf = new TreeMap<>();

    static List<CriterionScore> scores(int originality, int execution) {
        return List.of(new CriterionScore("originality", originality), new CriterionScore("execution", execution));
    }

    /** A policy of an intake event, version 1. */
    static NonConsensusThresholds policy(String bar, String spread, ScoreBasis basis) {
        return new NonConsensusThresholds(new BigDecimal(bar), new BigDecimal(spread), 1, basis == ScoreBasis.RAW ? null : basis);
    }

    ApplicationId submit(IntakeEventId event, NonConsensusThresholds policy, int requiredReviews, Instant at) {
        ApplicationId id = ApplicationId.random();
        eventOf.put(id.value(), event.value());
        run(id, new SubmitApplication(id, event, "uni-a", new Candidate("Candidate " + log.size(), "c@example.org", Background.notStated(), null),
                CRITERIA, requiredReviews, policy, at), at);
        return id;
    }

    boolean work(ApplicationId id, Instant at) {
        return run(id, new SubmitProjectWork(new ProjectWork("Project", "What was built", List.of(java.net.URI.create("https://example.org/p"))), at),
                at);
    }

    boolean assign(ApplicationId id, Instant at, String... reviewers) {
        return run(id, new AssignReviewers(java.util.Arrays.stream(reviewers).map(Nomination::of).toList(), at), at);
    }

    boolean review(ApplicationId id, String reviewer, int originality, int execution, Recommendation recommendation, Instant at) {
        return run(id, new SubmitReview(reviewer, scores(originality, execution), recommendation, "comment", DEFAULT, at,
                at.plus(COMMITTEE_TIME), calibration(id, reviewer, originality, execution, recommendation)), at);
    }

    boolean committee(ApplicationId id, CommitteeVerdict verdict, Instant at) {
        return run(id, new DecideSpecialReview(verdict, "the committee heard the champion", "committee", at), at);
    }

    boolean withdraw(ApplicationId id, Instant at) {
        return run(id, new WithdrawApplication("found another path", at), at);
    }

    boolean declareConflict(ApplicationId id, String reviewer, Instant at) {
        return run(id, new DeclareConflictOfInterest(reviewer, "supervised the candidate", at), at);
    }

    boolean escalate(ApplicationId id, Instant at) {
        return run(id, new EscalateSpecialReview(at), at);
    }

    Application state(ApplicationId id) {
        return states.getOrDefault(id.value(), DECIDER.initialState());
    }

    /** The recorded events of one application, in order. */
    List<ApplicationEvent> eventsOf(ApplicationId id) {
        return log.stream().map(IntakeReplay.Recorded::event).filter(e -> e.applicationId().equals(id)).toList();
    }

    private boolean run(ApplicationId id, ApplicationCommand command, Instant at) {
        Application state = state(id);
        List<ApplicationEvent> events;
        try {
            events = DECIDER.decide(command, state);
        } catch (RuleViolation refused) {
            return false;
        }
        for (ApplicationEvent e : events) {
            state = DECIDER.evolve(state, e);
            log.add(new IntakeReplay.Recorded(e, at));
        }
        states.put(id.value(), state);
        return true;
    }

    /** As the service's handler: on calibrated totals, the offsets within the event from its recorded reviews and this one. */
    private ReviewerOffsets calibration(ApplicationId id, String reviewer, int originality, int execution, Recommendation recommendation) {
        Application state = state(id);
        if (!state.exists() || state.nonConsensus() == null || state.nonConsensus().basis() != ScoreBasis.CALIBRATED) {
            return null;
        }
        BigDecimal total;
        try {
            total = Scorecard.total(CRITERIA, scores(originality, execution));
        } catch (RuleViolation refused) {
            return null;
        }
        UUID event = eventOf.get(id.value());
        Map<UUID, List<ReviewerTotal>> reviews = new TreeMap<>();
        for (IntakeReplay.Recorded r : log) {
            if (r.event() instanceof ReviewSubmitted s && event.equals(eventOf.get(s.applicationId().value()))) {
                reviews.computeIfAbsent(s.applicationId().value(), k -> new ArrayList<>())
                        .add(new ReviewerTotal(s.reviewer(), s.total(), s.recommendation()));
            }
        }
        List<ReviewerTotal> panel = reviews.computeIfAbsent(id.value(), k -> new ArrayList<>());
        panel.removeIf(t -> t.reviewer().equals(reviewer));
        panel.add(new ReviewerTotal(reviewer, total, recommendation));
        return ReviewCalibration.of(reviews, ScoreBasis.CALIBRATED).offsets();
    }
}
