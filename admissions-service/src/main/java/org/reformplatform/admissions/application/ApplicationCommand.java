package org.reformplatform.admissions.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.Nomination;
import org.reformplatform.admissions.review.NonConsensusPolicy;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.admissions.review.ReviewerOffsets;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;

/** What partners, operators, reviewers and the committee ask of an application. */
public sealed interface ApplicationCommand {

    /**
     * Submitted once the intake event gave it a place (in the same transaction); the event's criteria
     * and required reviews are copied in, so that the application's reviews are self-contained.
     */
    record SubmitApplication(ApplicationId id, IntakeEventId intakeEventId, String organisation, Candidate candidate,
            List<ScoringCriterion> criteria, int requiredReviews, NonConsensusThresholds nonConsensus, Instant at, boolean blindReview,
            String reviewPseudonym) implements ApplicationCommand {

        /** An application to an event whose reviewers may know the candidate. */
        public SubmitApplication(ApplicationId id, IntakeEventId intakeEventId, String organisation, Candidate candidate,
                List<ScoringCriterion> criteria, int requiredReviews, NonConsensusThresholds nonConsensus, Instant at) {
            this(id, intakeEventId, organisation, candidate, criteria, requiredReviews, nonConsensus, at, false, null);
        }

        /** An application to an event with no policy of its own. */
        public SubmitApplication(ApplicationId id, IntakeEventId intakeEventId, String organisation, Candidate candidate,
                List<ScoringCriterion> criteria, int requiredReviews, Instant at) {
            this(id, intakeEventId, organisation, candidate, criteria, requiredReviews, null, at);
        }
    }

    record SubmitProjectWork(ProjectWork work, Instant at) implements ApplicationCommand {
    }

    record WithdrawApplication(String reason, Instant at) implements ApplicationCommand {
    }

    /**
     * Reviewers nominated at {@code at}, each due at {@code reviewDueAt} and reminded at {@code remindAt} (the handler reads the policy).
     * {@code relations}: what the handler found of each nominee's relations with the candidate (organisation, mentor team,
     * ventures), by reviewer; the decider adds the declared conflicts it holds itself and refuses a nominee with any relation found.
     */
    record AssignReviewers(List<Nomination> nominations, Instant at, Instant remindAt, Instant reviewDueAt, Map<String, ConflictCheck> relations)
            implements ApplicationCommand {

        public AssignReviewers {
            relations = relations == null ? Map.of() : Map.copyOf(relations);
        }

        /** An assignment whose nominees were checked against declared conflicts only. */
        public AssignReviewers(List<Nomination> nominations, Instant at, Instant remindAt, Instant reviewDueAt) {
            this(nominations, at, remindAt, reviewDueAt, Map.of());
        }

        /** An assignment without due dates. */
        public AssignReviewers(List<Nomination> nominations, Instant at) {
            this(nominations, at, null, null);
        }

        /** The relations checked for this reviewer, the declared conflict not yet among them. */
        public ConflictCheck relationsOf(String reviewer) {
            return relations.getOrDefault(reviewer, ConflictCheck.none(reviewer));
        }
    }

    /** The reviewer's reminder falls due ({@code at}, by the platform's clock). */
    record RemindReviewer(String reviewer, Instant at) implements ApplicationCommand {
    }

    /**
     * The reviewer's review is overdue ({@code at}): the first eligible of {@code candidates} takes it
     * over, due at {@code reviewDueAt} and reminded at {@code remindAt}; with none, it is escalated.
     */
    record ReassignOverdueReview(String reviewer, List<String> candidates, Instant at, Instant remindAt, Instant reviewDueAt,
            Map<String, ConflictCheck> relations) implements ApplicationCommand {

        public ReassignOverdueReview {
            relations = relations == null ? Map.of() : Map.copyOf(relations);
        }

        /** A reassignment whose candidates were checked against declared conflicts only. */
        public ReassignOverdueReview(String reviewer, List<String> candidates, Instant at, Instant remindAt, Instant reviewDueAt) {
            this(reviewer, candidates, at, remindAt, reviewDueAt, Map.of());
        }

        /** The relations checked for this candidate (as for {@link AssignReviewers}), the declared conflict not yet among them. */
        public ConflictCheck relationsOf(String candidate) {
            return relations.getOrDefault(candidate, ConflictCheck.none(candidate));
        }
    }

    /** The committee's time limit for a docket case passed ({@code at}). */
    record EscalateSpecialReview(Instant at) implements ApplicationCommand {
    }

    record DeclareConflictOfInterest(String reviewer, String statement, Instant at) implements ApplicationCommand {
    }

    /**
     * A review; when this is the last required review, the application's own policy (its intake
     * event's, copied at submission) decides it, or {@code policy}, the service's default, for an
     * application that has none,
     * and a referral to the committee is to be decided by {@code committeeDecisionDueAt}. When the
     * policy reads calibrated totals, {@code calibration} holds the reviewers' offsets within the
     * intake event, this review included (the handler estimates them from the event's reviews);
     * null when not needed.
     */
    record SubmitReview(String reviewer, List<CriterionScore> scores, Recommendation recommendation, String comment,
            NonConsensusPolicy policy, Instant at, Instant committeeDecisionDueAt, ReviewerOffsets calibration) implements ApplicationCommand {

        /** A review decided, if last, on raw totals. */
        public SubmitReview(String reviewer, List<CriterionScore> scores, Recommendation recommendation, String comment,
                NonConsensusPolicy policy, Instant at, Instant committeeDecisionDueAt) {
            this(reviewer, scores, recommendation, comment, policy, at, committeeDecisionDueAt, null);
        }

        /** A review whose referral, if any, has no decision time limit. */
        public SubmitReview(String reviewer, List<CriterionScore> scores, Recommendation recommendation, String comment,
                NonConsensusPolicy policy, Instant at) {
            this(reviewer, scores, recommendation, comment, policy, at, null);
        }
    }

    /** The admissions committee's decision on a special-review case, with its reasons. */
    record DecideSpecialReview(CommitteeVerdict verdict, String rationale, String decidedBy, Instant at) implements ApplicationCommand {
    }
}
