package org.reformplatform.admissions.application;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reformplatform.admissions.application.ApplicationCommand.AssignReviewers;
import org.reformplatform.admissions.application.ApplicationCommand.DecideSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.DeclareConflictOfInterest;
import org.reformplatform.admissions.application.ApplicationCommand.EscalateSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.ReassignOverdueReview;
import org.reformplatform.admissions.application.ApplicationCommand.RemindReviewer;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitApplication;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitProjectWork;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitReview;
import org.reformplatform.admissions.application.ApplicationCommand.WithdrawApplication;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationWithdrawn;
import org.reformplatform.admissions.application.ApplicationEvent.ConflictOfInterestDeclared;
import org.reformplatform.admissions.application.ApplicationEvent.ProjectWorkSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewOverdueEscalated;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReassigned;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewReminderSent;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewSubmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewersAssigned;
import org.reformplatform.admissions.application.ApplicationEvent.ReviewerRelationsChecked;
import org.reformplatform.admissions.application.ApplicationEvent.SpecialReviewEscalated;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.review.DecisionRoute;
import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.Nomination;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.admissions.review.NonConsensusPolicy.Assessment;
import org.reformplatform.admissions.review.Review;
import org.reformplatform.admissions.review.ReviewDuty;
import org.reformplatform.admissions.review.ReviewPanel;
import org.reformplatform.admissions.review.ReviewerOffsets;
import org.reformplatform.admissions.review.ReviewerTotal;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;

/**
 * A candidate's application to an intake event, from submission through project work and review to
 * a decision: admitted or rejected by the non-consensus policy, or by the admissions committee when
 * the policy sends it to special review. The candidate's background is carried, never consulted.
 *
 * @param referral the policy's referral while (and after) the application is on the special-review docket
 * @param studentId the student it became, once admitted
 * @param escalatedAt when the committee's time limit passed with the docket case undecided, or null
 * @param nonConsensus the intake event's non-consensus policy that decides it, or null for the service's default
 * @param blinding whether its reviewers may know who the candidate is, and the pseudonym they know instead
 */
public record Application(
        ApplicationId id,
        ApplicationStatus status,
        IntakeEventId intakeEventId,
        String organisation,
        Candidate candidate,
        Instant submittedAt,
        ProjectWork projectWork,
        ReviewPanel panel,
        ApplicationReferredToSpecialReview referral,
        StudentId studentId,
        Instant escalatedAt,
        NonConsensusThresholds nonConsensus,
        ReviewBlinding blinding) {

    public static final AggregateType<Application, ApplicationCommand, ApplicationEvent> TYPE =
            new AggregateType<>("Application", new Lifecycle());

    public static final Application NONE = new Application(null, ApplicationStatus.NONE, null, null, null, null, null, null, null, null, null, null, ReviewBlinding.NONE);

    public boolean exists() {
        return status != ApplicationStatus.NONE;
    }

    /** How an application decides commands and evolves with its events. */
    static final class Lifecycle implements Decider<Application, ApplicationCommand, ApplicationEvent> {

        @Override
        public Application initialState() {
            return NONE;
        }

        @Override
        public List<ApplicationEvent> decide(ApplicationCommand command, Application state) {
            if (command instanceof SubmitApplication submit) {
                return submit(submit, state);
            }
            require(state.exists(), () -> RuleViolation.notFound("unknown-application", "There is no such application"));
            requireUndecided(state);
            if (command instanceof SubmitProjectWork work) {
                require(state.status != ApplicationStatus.SPECIAL_REVIEW && state.panel.reviews().isEmpty(), () -> RuleViolation.conflict(
                        "project-work-frozen", "Reviews have begun: every reviewer scores the same project work"));
                return List.of(new ProjectWorkSubmitted(state.id, work.work().title(), work.work().description(),
                        work.work().links().stream().map(URI::toString).toList(), work.at()));
            }
            if (command instanceof WithdrawApplication withdraw) {
                return List.of(new ApplicationWithdrawn(state.id, state.intakeEventId, withdraw.reason(), withdraw.at()));
            }
            if (command instanceof AssignReviewers assign) {
                return assign(assign, state);
            }
            if (command instanceof RemindReviewer remind) {
                requireReviewsOpen(state);
                ReviewDuty duty = awaited(state, remind.reviewer());
                require(!remind.at().isBefore(duty.remindAt()), () -> RuleViolation.conflict("reminder-not-due",
                        "Reviewer " + remind.reviewer() + " is reminded at " + duty.remindAt()));
                return duty.remindedAt() != null ? List.of()
                        : List.of(new ReviewReminderSent(state.id, remind.reviewer(), duty.dueAt(), remind.at()));
            }
            if (command instanceof ReassignOverdueReview reassign) {
                return reassign(reassign, state);
            }
            if (command instanceof EscalateSpecialReview escalate) {
                require(state.status == ApplicationStatus.SPECIAL_REVIEW, () -> RuleViolation.conflict("not-on-special-review",
                        "The application is not on the special-review docket"));
                Instant due = state.referral.decisionDueAt();
                require(due != null && !escalate.at().isBefore(due), () -> RuleViolation.conflict("committee-time-not-up",
                        "The committee has until " + due + " to decide"));
                return state.escalatedAt != null ? List.of()
                        : List.of(new SpecialReviewEscalated(state.id, state.intakeEventId, due, escalate.at()));
            }
            if (command instanceof DeclareConflictOfInterest conflict) {
                return state.panel.acceptsConflictOf(conflict.reviewer())
                        ? List.of(new ConflictOfInterestDeclared(state.id, conflict.reviewer(), conflict.statement(), conflict.at()))
                        : List.of();
            }
            if (command instanceof SubmitReview review) {
                return review(review, state);
            }
            if (command instanceof DecideSpecialReview decide) {
                return committee(decide, state);
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        private static List<ApplicationEvent> submit(SubmitApplication submit, Application state) {
            require(!state.exists(), () -> RuleViolation.conflict("application-exists", "The application exists already"));
            require(submit.candidate().name() != null && !submit.candidate().name().isBlank(),
                    () -> RuleViolation.invalid("candidate-name-required", "Name the candidate"));
            require(!submit.criteria().isEmpty() && submit.requiredReviews() > 0,
                    () -> RuleViolation.invalid("no-criteria", "An application is scored on its intake event's criteria"));
            // No rule looks at the background: it is recorded for analysis only (不拘泥于学历背景和专业领域).
            Candidate candidate = submit.candidate().background() == null
                    ? new Candidate(submit.candidate().name(), submit.candidate().contactEmail(), Background.notStated(),
                            submit.candidate().studentId())
                    : submit.candidate();
            return List.of(new ApplicationSubmitted(submit.id(), submit.intakeEventId(), submit.organisation(), candidate,
                    List.copyOf(submit.criteria()), submit.requiredReviews(), submit.at(), submit.nonConsensus(),
                    submit.blindReview() ? Boolean.TRUE : null, submit.reviewPseudonym()));
        }

        /**
         * Reviewers join the panel only clear of conflicts: each nominee's relations with the candidate (checked by the
         * handler) and the conflict declared with this application (held here) are checked, and the first relation found
         * refuses the whole assignment, naming it. Each reviewer newly on the panel comes with the checks that cleared them.
         */
        private static List<ApplicationEvent> assign(AssignReviewers assign, Application state) {
            requireReviewsOpen(state);
            List<ConflictCheck> checks = new ArrayList<>();
            for (Nomination nomination : assign.nominations()) {
                ConflictCheck check = assign.relationsOf(nomination.reviewer()).and(state.panel.declaredRelation(nomination));
                check.requireClear();
                checks.add(check);
            }
            List<String> fresh = state.panel.newlyAssigned(assign.nominations());
            if (fresh.isEmpty()) {
                return List.of();
            }
            List<ApplicationEvent> events = new ArrayList<>();
            events.add(new ReviewersAssigned(state.id, state.intakeEventId, fresh, assign.at(), assign.remindAt(), assign.reviewDueAt()));
            checks.stream().filter(check -> fresh.contains(check.reviewer())).forEach(check ->
                    events.add(new ReviewerRelationsChecked(state.id, check.reviewer(), check.checks(), assign.at())));
            return events;
        }

        /** A review; the last required one lets the non-consensus policy decide, in the same decision. */
        private static List<ApplicationEvent> review(SubmitReview command, Application state) {
            requireReviewsOpen(state);
            state.panel.requireMayReview(command.reviewer());
            require(state.projectWork != null, () -> RuleViolation.conflict("no-project-work",
                    "The candidate has not submitted project work yet: there is nothing to score"));
            Review review = state.panel.review(command.reviewer(), command.scores(), command.recommendation(), command.at());
            List<ApplicationEvent> events = new ArrayList<>();
            events.add(new ReviewSubmitted(state.id, review.reviewer(), review.scores(), review.recommendation(), review.total(),
                    command.comment(), command.at()));
            ReviewPanel reviewed = state.panel.withReview(review);
            if (!reviewed.complete()) {
                return events;
            }
            NonConsensusPolicy policy = state.nonConsensus == null ? command.policy()
                    : new NonConsensusPolicy(state.nonConsensus.admissionBar(), state.nonConsensus.spreadThreshold());
            // On calibrated scores the policy reads each total less its reviewer's offset within the intake event; the decision
            // records the offsets it used, so that replaying it never needs the rest of the event.
            boolean calibrated = state.nonConsensus != null && state.nonConsensus.basis() == ScoreBasis.CALIBRATED;
            if (calibrated && command.calibration() == null) {
                throw new IllegalStateException("a policy on calibrated totals decides with the reviewers' offsets");
            }
            List<ReviewerTotal> given = reviewed.totals();
            ReviewerOffsets used = calibrated ? command.calibration().of(given) : null;
            Assessment assessment = policy.assess(calibrated ? used.calibrate(given) : given);
            ScoreBasis basis = calibrated ? ScoreBasis.CALIBRATED : null;
            Map<String, BigDecimal> offsets = calibrated ? used.offsets() : null;
            switch (assessment.outcome()) {
                // The committee of a blind event judges blind too: the docket (and the topic) know the candidate by pseudonym.
                case SPECIAL_REVIEW -> events.add(new ApplicationReferredToSpecialReview(state.id, state.intakeEventId,
                        state.blinding.blind() && state.blinding.pseudonym() != null ? state.blinding.pseudonym() : state.candidate.name(),
                        given, assessment.meanTotal(), assessment.spread(), assessment.reasons(), assessment.admissionBar(),
                        assessment.spreadThreshold(), command.at(), command.committeeDecisionDueAt(), basis, offsets));
                case ADMIT -> events.add(new ApplicationAdmitted(state.id, StudentId.admittedFrom(state.id), state.intakeEventId,
                        DecisionRoute.POLICY, assessment.meanTotal(), assessment.spread(), assessment.admissionBar(),
                        assessment.spreadThreshold(), null, null, command.at(), basis, offsets));
                case REJECT -> events.add(new ApplicationRejected(state.id, state.intakeEventId, DecisionRoute.POLICY, assessment.meanTotal(),
                        assessment.spread(), assessment.admissionBar(), assessment.spreadThreshold(), null, null, command.at(), basis, offsets));
            }
            return events;
        }

        /**
         * An overdue review passes to the first eligible candidate (not the overdue reviewer, not on the
         * panel, not conflicted, not taken off it before for an overdue review); with none, it is
         * escalated to the operators once, and the reviewer stays on the panel.
         */
        private static List<ApplicationEvent> reassign(ReassignOverdueReview reassign, Application state) {
            requireReviewsOpen(state);
            ReviewDuty duty = awaited(state, reassign.reviewer());
            require(!reassign.at().isBefore(duty.dueAt()), () -> RuleViolation.conflict("review-not-overdue",
                    "Reviewer " + reassign.reviewer() + " has until " + duty.dueAt()));
            // A candidate with a relation found is as ineligible as one who declared a conflict; the one chosen comes with their checks.
            List<String> unrelated = reassign.candidates().stream().filter(c -> reassign.relationsOf(c).conflict().isEmpty()).toList();
            return state.panel.replacementFor(reassign.reviewer(), unrelated)
                    .<List<ApplicationEvent>>map(next -> List.of(new ReviewReassigned(state.id, state.intakeEventId, reassign.reviewer(), next,
                            duty.dueAt(), reassign.at(), reassign.remindAt(), reassign.reviewDueAt()),
                            new ReviewerRelationsChecked(state.id, next, reassign.relationsOf(next).and(state.panel.declaredRelation(
                                    Nomination.of(next))).checks(), reassign.at())))
                    .orElseGet(() -> duty.escalatedAt() != null ? List.of()
                            : List.of(new ReviewOverdueEscalated(state.id, state.intakeEventId, reassign.reviewer(), duty.dueAt(), reassign.at())));
        }

        /** The reviewer's review is still awaited and has a due date: they are on the panel and have not reviewed. */
        private static ReviewDuty awaited(Application state, String reviewer) {
            return state.panel.awaitedFrom(reviewer).orElseThrow(() -> RuleViolation.conflict("review-not-awaited",
                    "No review with a due date is awaited from " + reviewer).with("reviewer", reviewer));
        }

        /** Only a case on the special-review docket goes to the committee, and only with its reasons recorded. */
        private static List<ApplicationEvent> committee(DecideSpecialReview decide, Application state) {
            require(state.status == ApplicationStatus.SPECIAL_REVIEW, () -> RuleViolation.conflict("not-on-special-review",
                    "The application is not on the special-review docket"));
            require(decide.rationale() != null && !decide.rationale().isBlank(),
                    () -> RuleViolation.invalid("rationale-required", "The committee records why it decides"));
            ApplicationReferredToSpecialReview r = state.referral;
            if (decide.verdict() == CommitteeVerdict.ADMIT) {
                return List.of(new ApplicationAdmitted(state.id, StudentId.admittedFrom(state.id), state.intakeEventId, DecisionRoute.COMMITTEE,
                        r.meanTotal(), r.spread(), r.admissionBar(), r.spreadThreshold(), decide.rationale(), decide.decidedBy(), decide.at(),
                        r.scoreBasis(), r.reviewerOffsets()));
            }
            return List.of(new ApplicationRejected(state.id, state.intakeEventId, DecisionRoute.COMMITTEE, r.meanTotal(), r.spread(),
                    r.admissionBar(), r.spreadThreshold(), decide.rationale(), decide.decidedBy(), decide.at(), r.scoreBasis(),
                    r.reviewerOffsets()));
        }

        private static void requireUndecided(Application state) {
            require(state.status != ApplicationStatus.WITHDRAWN, () -> RuleViolation.conflict("application-withdrawn",
                    "The application was withdrawn"));
            require(!state.status.isFinal(), () -> RuleViolation.conflict("application-decided",
                    "The application was decided: " + state.status.name().toLowerCase()));
        }

        private static void requireReviewsOpen(Application state) {
            require(state.status != ApplicationStatus.SPECIAL_REVIEW, () -> RuleViolation.conflict("reviews-closed",
                    "The required reviews are in; the application awaits the committee"));
        }

        @Override
        public Application evolve(Application s, ApplicationEvent event) {
            if (event instanceof ApplicationSubmitted e) {
                return new Application(e.applicationId(), ApplicationStatus.SUBMITTED, e.intakeEventId(), e.organisation(), e.candidate(),
                        e.submittedAt(), null, ReviewPanel.of(e.criteria(), e.requiredReviews()), null, null, null, e.nonConsensus(),
                        new ReviewBlinding(Boolean.TRUE.equals(e.blindReview()), e.reviewPseudonym()));
            }
            if (event instanceof ProjectWorkSubmitted e) {
                return new Application(s.id, s.status, s.intakeEventId, s.organisation, s.candidate, s.submittedAt,
                        new ProjectWork(e.title(), e.description(), e.links().stream().map(URI::create).toList()), s.panel, s.referral, s.studentId,
                        s.escalatedAt, s.nonConsensus, s.blinding);
            }
            if (event instanceof ApplicationWithdrawn) {
                return s.with(ApplicationStatus.WITHDRAWN, s.panel);
            }
            if (event instanceof ReviewersAssigned e) {
                return s.with(ApplicationStatus.UNDER_REVIEW, s.panel.withAssigned(e.reviewers(), e.assignedAt(), e.remindAt(), e.reviewDueAt()));
            }
            if (event instanceof ReviewerRelationsChecked) {
                return s; // a record for operators: the panel changed with ReviewersAssigned
            }
            if (event instanceof ReviewReminderSent e) {
                return s.with(s.status, s.panel.withReminded(e.reviewer(), e.sentAt()));
            }
            if (event instanceof ReviewReassigned e) {
                return s.with(s.status, s.panel.withReassigned(e.overdueReviewer(), e.reviewer(), e.reassignedAt(), e.remindAt(), e.reviewDueAt()));
            }
            if (event instanceof ReviewOverdueEscalated e) {
                return s.with(s.status, s.panel.withEscalated(e.reviewer(), e.escalatedAt()));
            }
            if (event instanceof SpecialReviewEscalated e) {
                return new Application(s.id, s.status, s.intakeEventId, s.organisation, s.candidate, s.submittedAt, s.projectWork, s.panel,
                        s.referral, s.studentId, e.escalatedAt(), s.nonConsensus, s.blinding);
            }
            if (event instanceof ConflictOfInterestDeclared e) {
                return s.with(s.status, s.panel.withConflict(e.reviewer(), e.statement()));
            }
            if (event instanceof ReviewSubmitted e) {
                return s.with(s.status, s.panel.withReview(new Review(e.reviewer(), e.scores(), e.recommendation(), e.total(), e.reviewedAt())));
            }
            if (event instanceof ApplicationReferredToSpecialReview e) {
                return new Application(s.id, ApplicationStatus.SPECIAL_REVIEW, s.intakeEventId, s.organisation, s.candidate, s.submittedAt,
                        s.projectWork, s.panel, e, s.studentId, s.escalatedAt, s.nonConsensus, s.blinding);
            }
            if (event instanceof ApplicationAdmitted e) {
                return new Application(s.id, ApplicationStatus.ADMITTED, s.intakeEventId, s.organisation, s.candidate, s.submittedAt,
                        s.projectWork, s.panel, s.referral, e.studentId(), s.escalatedAt, s.nonConsensus, s.blinding);
            }
            if (event instanceof ApplicationRejected) {
                return s.with(ApplicationStatus.REJECTED, s.panel);
            }
            return s;
        }
    }

    private Application with(ApplicationStatus newStatus, ReviewPanel newPanel) {
        return new Application(id, newStatus, intakeEventId, organisation, candidate, submittedAt, projectWork, newPanel, referral, studentId,
                escalatedAt, nonConsensus, blinding);
    }
}
