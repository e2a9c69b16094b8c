package org.reformplatform.admissions.simulation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.reformplatform.admissions.application.Application;
import org.reformplatform.admissions.application.ApplicationCommand;
import org.reformplatform.admissions.application.ApplicationCommand.DecideSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.DeclareConflictOfInterest;
import org.reformplatform.admissions.application.ApplicationCommand.EscalateSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitApplication;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitProjectWork;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitReview;
import org.reformplatform.admissions.application.ApplicationCommand.WithdrawApplication;
import org.reformplatform.admissions.application.ApplicationEvent;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.ConflictOfInterestDeclared;
import org.reformplatform.admissions.application.ApplicationEvent.ProjectWorkSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.SpecialReviewEscalated;
import org.reformplatform.admissions.application.ApplicationStatus;
import org.reformplatform.admissions.application.ProjectWork;
import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.review.DecisionRoute;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.admissions.review.ReviewCalibration;
import org.reformplatform.admissions.review.ReviewerOffsets;
import org.reformplatform.admissions.review.ReviewerTotal;
import org.reformplatform.admissions.review.Scorecard;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Replays the recorded applications of one or more intake events through the {@link Application}
 * decider under the policy tried, in memory, in the order they were recorded (global position), so
 * that calibrated totals are estimated from the reviews the simulated event holds when each review
 * comes in, exactly as the service estimates them.
 *
 * <p>Inputs are decided again: the submission (carrying the policy tried, which applies from
 * submission on), the project work, each review (the one that completes the panel lets the policy
 * decide), a declared conflict of interest, the committee's decision, a withdrawal. Who reviews is
 * not what a policy varies: the panel's events (assignments, relations checked, reminders, reassignments) are
 * taken as recorded while the simulated application still awaits reviews, and dropped once it is
 * decided (they would not have happened). The recorded decisions are outputs: the simulation makes
 * its own. An input the simulated application refuses (a review after it was decided earlier, a
 * committee decision on a case the policy decided itself) is reported with the rule that refused it.
 * Pure: no clock, no I/O.
 */
public final class IntakeReplay {

    private static final Decider<Application, ApplicationCommand, ApplicationEvent> DECIDER = Application.TYPE.decider();

    /** One recorded event of an application, in global position order, with when it was stored. */
    public record Recorded(ApplicationEvent event, Instant occurredAt) {
    }

    /** An input the simulated application refused, with the rule that refused it. */
    public record Refusal(Instant at, String input, String rule) {
    }

    /** One application replayed: recorded and simulated outcome, the simulated events, the refused inputs. */
    public record Replayed(UUID applicationId, UUID intakeEventId, Instant submittedAt, Outcome recorded, Outcome simulated,
            List<ApplicationEvent> recordedEvents, List<ApplicationEvent> simulatedEvents, List<Refusal> refusals) {

        public boolean changed() {
            return simulated.differsFrom(recorded);
        }
    }

    /**
     * What the service supplies that the history does not hold: its default policy (for applications
     * of events without one that were never decided) and the committee's time limit (the moment a
     * referral at a given moment is to be decided by).
     */
    public record Settings(NonConsensusPolicy defaultPolicy, UnaryOperator<Instant> committeeDueAfter) {
    }

    private IntakeReplay() {
    }

    /** Replays every application in {@code history} (in position order); the result in order of first appearance. */
    public static List<Replayed> replay(List<Recorded> history, PolicyTried policy, Settings settings) {
        return new Run(policy, settings, history).replay();
    }

    private static final class Run {
        private final PolicyTried policy;
        private final Settings settings;
        private final List<Recorded> history;
        private final Map<UUID, Simulated> applications = new LinkedHashMap<>();
        /** The reviews each simulated intake event holds so far: application → totals. */
        private final Map<UUID, Map<UUID, List<ReviewerTotal>>> eventReviews = new HashMap<>();
        /** Intake events where the simulation refused a recorded review: their recorded calibration no longer applies. */
        private final Set<UUID> diverged = new HashSet<>();

        Run(PolicyTried policy, Settings settings, List<Recorded> history) {
            this.policy = policy;
            this.settings = settings;
            this.history = history;
        }

        List<Replayed> replay() {
            Map<UUID, Map<String, ApplicationEvent>> decidedAfter = recordedDecisions();
            for (Recorded r : history) {
                ApplicationEvent event = r.event();
                UUID id = event.applicationId().value();
                Simulated app = applications.computeIfAbsent(id, k -> new Simulated());
                app.recordedState = DECIDER.evolve(app.recordedState, event);
                app.recordedEvents.add(event);
                if (event instanceof ApplicationSubmitted s) {
                    app.submittedAt = s.submittedAt();
                    app.decision = decidedAfter.getOrDefault(id, Map.of());
                    decide(app, submission(s, app.decision), s.submittedAt(), "SubmitApplication");
                } else if (event instanceof ProjectWorkSubmitted p) {
                    decide(app, new SubmitProjectWork(new ProjectWork(p.title(), p.description(), p.links().stream().map(URI::create).toList()),
                            p.submittedAt()), p.submittedAt(), "SubmitProjectWork");
                } else if (event instanceof ConflictOfInterestDeclared c) {
                    decide(app, new DeclareConflictOfInterest(c.reviewer(), c.statement(), c.declaredAt()), c.declaredAt(),
                            "DeclareConflictOfInterest by " + c.reviewer());
                } else if (event instanceof ApplicationWithdrawn w) {
                    decide(app, new WithdrawApplication(w.reason(), w.withdrawnAt()), w.withdrawnAt(), "WithdrawApplication");
                } else if (event instanceof ReviewSubmitted review) {
                    review(app, review);
                } else if (event instanceof ApplicationAdmitted a && a.route() == DecisionRoute.COMMITTEE) {
                    decide(app, new DecideSpecialReview(CommitteeVerdict.ADMIT, a.rationale(), a.decidedBy(), a.decidedAt()), a.decidedAt(),
                            "DecideSpecialReview");
                } else if (event instanceof ApplicationRejected j && j.route() == DecisionRoute.COMMITTEE) {
                    decide(app, new DecideSpecialReview(CommitteeVerdict.REJECT, j.rationale(), j.decidedBy(), j.decidedAt()), j.decidedAt(),
                            "DecideSpecialReview");
                } else if (event instanceof SpecialReviewEscalated x) {
                    // A deadline's output: it fires in the simulation only for a case the simulated policy also referred.
                    try {
                        take(app, DECIDER.decide(new EscalateSpecialReview(x.escalatedAt()), app.state));
                    } catch (RuleViolation moot) {
                        // closed, as the dispatcher closes a deadline whose moment has passed
                    }
                } else if (!(event instanceof ApplicationReferredToSpecialReview || event instanceof ApplicationAdmitted
                        || event instanceof ApplicationRejected)) {
                    // The panel's events, as recorded, while the simulated application still awaits its reviews.
                    if (app.state.status() == ApplicationStatus.SUBMITTED || app.state.status() == ApplicationStatus.UNDER_REVIEW) {
                        take(app, List.of(event));
                    }
                }
            }
            List<Replayed> all = new ArrayList<>(applications.size());
            applications.forEach((id, app) -> all.add(new Replayed(id, app.state.intakeEventId() == null ? null : app.state.intakeEventId().value(),
                    app.submittedAt, Outcome.of(app.recordedState, app.recordedEvents), Outcome.of(app.state, app.events),
                    List.copyOf(app.recordedEvents), List.copyOf(app.events), List.copyOf(app.refusals))));
            return all;
        }

        /** The submission decided again with the policy tried in place of the event's. */
        private SubmitApplication submission(ApplicationSubmitted s, Map<String, ApplicationEvent> decisions) {
            ApplicationEvent recordedDecision = decisions.values().stream().findFirst().orElse(null);
            NonConsensusPolicy fallback = fallback(recordedDecision);
            NonConsensusThresholds thresholds = policy.thresholdsFor(s.nonConsensus(), fallback.admissionBar(), fallback.spreadThreshold());
            return new SubmitApplication(s.applicationId(), s.intakeEventId(), s.organisation(), s.candidate(), s.criteria(),
                    policy.requiredReviewsFor(s.requiredReviews()), thresholds, s.submittedAt(), Boolean.TRUE.equals(s.blindReview()),
                    s.reviewPseudonym());
        }

        /**
         * A review decided again. The policy's decision, if this review completes the panel, needs what the handler gave
         * the decider: the service's default policy (for an application without one, as its recorded decision applied it),
         * the committee's time limit (as recorded if the recorded referral came with this review) and, on calibrated totals,
         * the reviewers' offsets within the simulated event with this review (the recorded ones while the simulated event's
         * reviews are the recorded ones).
         */
        private void review(Simulated app, ReviewSubmitted review) {
            ApplicationEvent recordedDecision = app.decision.get(review.reviewer());
            ApplicationReferredToSpecialReview recordedReferral = recordedDecision instanceof ApplicationReferredToSpecialReview r ? r : null;
            Instant committeeDue = recordedReferral != null ? recordedReferral.decisionDueAt() : settings.committeeDueAfter().apply(review.reviewedAt());
            NonConsensusPolicy fallback = fallback(recordedDecision);
            UUID intakeEvent = app.state.exists() ? app.state.intakeEventId().value() : null;
            ReviewerOffsets calibration = calibrationFor(app, review, recordedDecision, intakeEvent);
            SubmitReview command = new SubmitReview(review.reviewer(), review.scores(), review.recommendation(), review.comment(), fallback,
                    review.reviewedAt(), committeeDue, calibration);
            if (decide(app, command, review.reviewedAt(), "SubmitReview by " + review.reviewer())) {
                eventReviews.computeIfAbsent(intakeEvent, k -> new TreeMap<>()).computeIfAbsent(app.state.id().value(), k -> new ArrayList<>())
                        .add(new ReviewerTotal(review.reviewer(), review.total(), review.recommendation()));
            } else if (intakeEvent != null) {
                diverged.add(intakeEvent);
            }
        }

        private ReviewerOffsets calibrationFor(Simulated app, ReviewSubmitted review, ApplicationEvent recordedDecision, UUID intakeEvent) {
            NonConsensusThresholds own = app.state.nonConsensus();
            if (intakeEvent == null || own == null || own.basis() != ScoreBasis.CALIBRATED
                    || app.state.panel().reviews().size() + 1 < app.state.panel().requiredReviews()) {
                return null; // not needed: the policy reads raw totals, or this review does not complete the panel
            }
            Map<String, BigDecimal> recordedOffsets = Applied.by(recordedDecision).reviewerOffsets();
            if (recordedOffsets != null && !diverged.contains(intakeEvent)) {
                return new ReviewerOffsets(recordedOffsets);
            }
            BigDecimal total;
            try {
                total = Scorecard.total(app.state.panel().criteria(), review.scores());
            } catch (RuleViolation refused) {
                return null; // the decider refuses the same scores
            }
            Map<UUID, List<ReviewerTotal>> reviews = new TreeMap<>();
            eventReviews.getOrDefault(intakeEvent, Map.of()).forEach((application, totals) -> reviews.put(application, new ArrayList<>(totals)));
            List<ReviewerTotal> panel = reviews.computeIfAbsent(app.state.id().value(), k -> new ArrayList<>());
            panel.removeIf(t -> t.reviewer().equals(review.reviewer()));
            panel.add(new ReviewerTotal(review.reviewer(), total, review.recommendation()));
            return ReviewCalibration.of(reviews, ScoreBasis.CALIBRATED).offsets();
        }

        /** The service's default policy as the recorded decision applied it (the default now if it was never decided). */
        private NonConsensusPolicy fallback(ApplicationEvent recordedDecision) {
            if (recordedDecision == null) {
                return settings.defaultPolicy();
            }
            Applied applied = Applied.by(recordedDecision);
            return new NonConsensusPolicy(applied.admissionBar(), applied.spreadThreshold());
        }

        /** Decides the command on the simulated application; a refusal is reported, not thrown. True if it was taken. */
        private boolean decide(Simulated app, ApplicationCommand command, Instant at, String input) {
            try {
                take(app, DECIDER.decide(command, app.state));
                return true;
            } catch (RuleViolation refused) {
                app.refusals.add(new Refusal(at, input, refused.code()));
            } catch (IllegalArgumentException | IllegalStateException refused) {
                app.refusals.add(new Refusal(at, input, refused.getMessage()));
            }
            return false;
        }

        private static void take(Simulated app, List<ApplicationEvent> decided) {
            for (ApplicationEvent event : decided) {
                app.state = DECIDER.evolve(app.state, event);
                app.events.add(event);
            }
        }

        /**
         * Each application's recorded decision by the policy, keyed by the reviewer whose review it came with (the
         * decision is appended with the review that completed the panel, in the same command).
         */
        private Map<UUID, Map<String, ApplicationEvent>> recordedDecisions() {
            Map<UUID, String> lastReviewer = new HashMap<>();
            Map<UUID, Map<String, ApplicationEvent>> decisions = new HashMap<>();
            for (Recorded r : history) {
                ApplicationEvent e = r.event();
                UUID id = e.applicationId().value();
                if (e instanceof ReviewSubmitted review) {
                    lastReviewer.put(id, review.reviewer());
                } else if (isPolicyDecision(e) && lastReviewer.containsKey(id)) {
                    decisions.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(lastReviewer.get(id), e);
                }
            }
            return decisions;
        }
    }

    private static boolean isPolicyDecision(ApplicationEvent e) {
        return e instanceof ApplicationReferredToSpecialReview || e instanceof ApplicationAdmitted a && a.route() == DecisionRoute.POLICY
                || e instanceof ApplicationRejected r && r.route() == DecisionRoute.POLICY;
    }

    /** What a recorded decision by the policy applied: its thresholds and, on calibrated totals, the panel's offsets. */
    private record Applied(BigDecimal admissionBar, BigDecimal spreadThreshold, Map<String, BigDecimal> reviewerOffsets) {

        static Applied by(ApplicationEvent decision) {
            if (decision instanceof ApplicationReferredToSpecialReview r) {
                return new Applied(r.admissionBar(), r.spreadThreshold(), r.reviewerOffsets());
            }
            if (decision instanceof ApplicationAdmitted a) {
                return new Applied(a.admissionBar(), a.spreadThreshold(), a.reviewerOffsets());
            }
            if (decision instanceof ApplicationRejected r) {
                return new Applied(r.admissionBar(), r.spreadThreshold(), r.reviewerOffsets());
            }
            return new Applied(null, null, null);
        }
    }

    /** One application in the simulation: its simulated state and events beside the recorded ones. */
    private static final class Simulated {
        Application state = DECIDER.initialState();
        Application recordedState = DECIDER.initialState();
        final List<ApplicationEvent> events = new ArrayList<>();
        final List<ApplicationEvent> recordedEvents = new ArrayList<>();
        final List<Refusal> refusals = new ArrayList<>();
        Map<String, ApplicationEvent> decision = Map.of();
        Instant submittedAt;
    }
}
