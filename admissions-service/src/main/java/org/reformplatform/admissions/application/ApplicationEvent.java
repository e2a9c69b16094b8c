package org.reformplatform.admissions.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.intake.NonConsensusThresholds;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.DecisionRoute;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.admissions.review.ReviewerTotal;
import org.reformplatform.admissions.review.SpecialReviewReason;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.eventsourcing.domain.PersonalData;

/**
 * What happens to an application, from submission through review to a decision. Published on
 * {@code admissions.events}. Totals, means, spreads and thresholds are decimals on a 0–100 scale.
 */
public sealed interface ApplicationEvent {

    ApplicationId applicationId();

    /** The candidate's background is in the event for analysis; no decision ever reads it. */
    /**
     * {@code nonConsensus} is the intake event's non-consensus policy (with its version) in force at
     * submission, which decides the application; null in applications submitted before events chose
     * their own policy, and for events that never did: the service's default decides those.
     * {@code reviewPseudonym} is what reviewers call the candidate (in every event; null before);
     * {@code blindReview}: the event's reviewers never learn more (null, not blind, before).
     */
    record ApplicationSubmitted(ApplicationId applicationId, IntakeEventId intakeEventId, String organisation, Candidate candidate,
            List<ScoringCriterion> criteria, int requiredReviews, Instant submittedAt, NonConsensusThresholds nonConsensus,
            Boolean blindReview, String reviewPseudonym) implements ApplicationEvent {

        /** An application judged by the service's default policy. */
        public ApplicationSubmitted(ApplicationId applicationId, IntakeEventId intakeEventId, String organisation, Candidate candidate,
                List<ScoringCriterion> criteria, int requiredReviews, Instant submittedAt) {
            this(applicationId, intakeEventId, organisation, candidate, criteria, requiredReviews, submittedAt, null, null, null);
        }

        /** An application judged by its event's policy, reviewed knowing the candidate. */
        public ApplicationSubmitted(ApplicationId applicationId, IntakeEventId intakeEventId, String organisation, Candidate candidate,
                List<ScoringCriterion> criteria, int requiredReviews, Instant submittedAt, NonConsensusThresholds nonConsensus) {
            this(applicationId, intakeEventId, organisation, candidate, criteria, requiredReviews, submittedAt, nonConsensus, null, null);
        }
    }

    /** Links are absolute http(s) URLs, as strings. */
    record ProjectWorkSubmitted(ApplicationId applicationId, String title, String description, List<String> links, Instant submittedAt)
            implements ApplicationEvent {
    }

    /** The candidate withdrew; the place in the intake event is given back in the same transaction. */
    record ApplicationWithdrawn(ApplicationId applicationId, IntakeEventId intakeEventId, String reason, Instant withdrawnAt)
            implements ApplicationEvent {
    }

    /**
     * Reviewers (token subjects) newly on the application's panel, each to review by {@code reviewDueAt}
     * and reminded at {@code remindAt} (the review-due policy's moments; null in assignments made before
     * reviews had due dates).
     */
    record ReviewersAssigned(ApplicationId applicationId, IntakeEventId intakeEventId, List<String> reviewers, Instant assignedAt,
            Instant remindAt, Instant reviewDueAt) implements ApplicationEvent {

        /** An assignment without due dates. */
        public ReviewersAssigned(ApplicationId applicationId, IntakeEventId intakeEventId, List<String> reviewers, Instant assignedAt) {
            this(applicationId, intakeEventId, reviewers, assignedAt, null, null);
        }
    }

    /**
     * Before {@code reviewer} joined the panel, every relation with the candidate the platform holds was checked and none
     * found (a relation found refuses the assignment, and nothing is written): what operators read to see what was checked.
     * Appended with {@link ReviewersAssigned}, one per reviewer newly on the panel.
     */
    record ReviewerRelationsChecked(ApplicationId applicationId, String reviewer, List<RelationCheck> checks, Instant checkedAt)
            implements ApplicationEvent {
    }

    /** A reviewer whose review is still awaited is reminded that it is due at {@code reviewDueAt}. */
    record ReviewReminderSent(ApplicationId applicationId, String reviewer, Instant reviewDueAt, Instant sentAt) implements ApplicationEvent {
    }

    /**
     * A review overdue since {@code overdueSince} passes from {@code overdueReviewer} (who leaves the
     * panel) to {@code reviewer}, due at {@code reviewDueAt} and reminded at {@code remindAt}.
     */
    record ReviewReassigned(ApplicationId applicationId, IntakeEventId intakeEventId, String overdueReviewer, String reviewer,
            Instant overdueSince, Instant reassignedAt, Instant remindAt, Instant reviewDueAt) implements ApplicationEvent {
    }

    /**
     * A review overdue since {@code reviewDueAt} that no other eligible reviewer could take: the
     * reviewer stays on the panel and the operators must act (assign more reviewers).
     */
    record ReviewOverdueEscalated(ApplicationId applicationId, IntakeEventId intakeEventId, String reviewer, Instant reviewDueAt,
            Instant escalatedAt) implements ApplicationEvent {
    }

    /** The reviewer may never review this application; if on its panel, they leave it. */
    record ConflictOfInterestDeclared(ApplicationId applicationId, String reviewer, String statement, Instant declaredAt)
            implements ApplicationEvent {
    }

    record ReviewSubmitted(ApplicationId applicationId, String reviewer, List<CriterionScore> scores, Recommendation recommendation,
            BigDecimal total, String comment, Instant reviewedAt) implements ApplicationEvent {
    }

    /**
     * The non-consensus policy found strong disagreement or a champion below the bar: the committee
     * decides, by {@code decisionDueAt} (the committee's time limit; null in referrals made before it).
     * In a blind-review event {@code candidateName} is the review pseudonym: the committee judges blind too.
     * {@code reviewerTotals} are the totals the reviewers gave; {@code meanTotal} and {@code spread} are
     * on {@code scoreBasis}: with CALIBRATED, of the totals less each reviewer's offset in
     * {@code reviewerOffsets} (estimated within the intake event when the last review came in); null
     * (both) for raw totals.
     */
    record ApplicationReferredToSpecialReview(ApplicationId applicationId, IntakeEventId intakeEventId, @PersonalData String candidateName,
            List<ReviewerTotal> reviewerTotals, BigDecimal meanTotal, BigDecimal spread, List<SpecialReviewReason> reasons,
            BigDecimal admissionBar, BigDecimal spreadThreshold, Instant referredAt, Instant decisionDueAt, ScoreBasis scoreBasis,
            Map<String, BigDecimal> reviewerOffsets) implements ApplicationEvent {

        /** A referral on raw totals. */
        public ApplicationReferredToSpecialReview(ApplicationId applicationId, IntakeEventId intakeEventId, String candidateName,
                List<ReviewerTotal> reviewerTotals, BigDecimal meanTotal, BigDecimal spread, List<SpecialReviewReason> reasons,
                BigDecimal admissionBar, BigDecimal spreadThreshold, Instant referredAt, Instant decisionDueAt) {
            this(applicationId, intakeEventId, candidateName, reviewerTotals, meanTotal, spread, reasons, admissionBar, spreadThreshold,
                    referredAt, decisionDueAt, null, null);
        }

        /** A referral without a decision time limit. */
        public ApplicationReferredToSpecialReview(ApplicationId applicationId, IntakeEventId intakeEventId, String candidateName,
                List<ReviewerTotal> reviewerTotals, BigDecimal meanTotal, BigDecimal spread, List<SpecialReviewReason> reasons,
                BigDecimal admissionBar, BigDecimal spreadThreshold, Instant referredAt) {
            this(applicationId, intakeEventId, candidateName, reviewerTotals, meanTotal, spread, reasons, admissionBar, spreadThreshold,
                    referredAt, null);
        }
    }

    /** The committee's time limit passed with the case undecided: it stays on the docket, escalated to the operators. */
    record SpecialReviewEscalated(ApplicationId applicationId, IntakeEventId intakeEventId, Instant decisionDueAt, Instant escalatedAt)
            implements ApplicationEvent {
    }

    /**
     * Admitted by the policy or by the committee (with its rationale); the student {@code studentId}
     * is admitted in the same transaction. The thresholds are those the policy applied, the mean and
     * spread on {@code scoreBasis} with {@code reviewerOffsets} (as in the referral; null: raw totals).
     */
    record ApplicationAdmitted(ApplicationId applicationId, StudentId studentId, IntakeEventId intakeEventId, DecisionRoute route,
            BigDecimal meanTotal, BigDecimal spread, BigDecimal admissionBar, BigDecimal spreadThreshold, String rationale,
            String decidedBy, Instant decidedAt, ScoreBasis scoreBasis, Map<String, BigDecimal> reviewerOffsets) implements ApplicationEvent {

        /** Admitted on raw totals. */
        public ApplicationAdmitted(ApplicationId applicationId, StudentId studentId, IntakeEventId intakeEventId, DecisionRoute route,
                BigDecimal meanTotal, BigDecimal spread, BigDecimal admissionBar, BigDecimal spreadThreshold, String rationale,
                String decidedBy, Instant decidedAt) {
            this(applicationId, studentId, intakeEventId, route, meanTotal, spread, admissionBar, spreadThreshold, rationale, decidedBy,
                    decidedAt, null, null);
        }
    }

    /** Rejected by the policy or the committee; the mean and spread on {@code scoreBasis}, as in {@link ApplicationAdmitted}. */
    record ApplicationRejected(ApplicationId applicationId, IntakeEventId intakeEventId, DecisionRoute route, BigDecimal meanTotal,
            BigDecimal spread, BigDecimal admissionBar, BigDecimal spreadThreshold, String rationale, String decidedBy,
            Instant decidedAt, ScoreBasis scoreBasis, Map<String, BigDecimal> reviewerOffsets) implements ApplicationEvent {

        /** Rejected on raw totals. */
        public ApplicationRejected(ApplicationId applicationId, IntakeEventId intakeEventId, DecisionRoute route, BigDecimal meanTotal,
                BigDecimal spread, BigDecimal admissionBar, BigDecimal spreadThreshold, String rationale, String decidedBy,
                Instant decidedAt) {
            this(applicationId, intakeEventId, route, meanTotal, spread, admissionBar, spreadThreshold, rationale, decidedBy, decidedAt,
                    null, null);
        }
    }
}
