package org.reformplatform.admissions.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.DecisionRoute;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.admissions.review.ReviewerTotal;
import org.reformplatform.admissions.review.SpecialReviewReason;

/**
 * What happens to an application, from submission through review to a decision. Published on
 * {@code admissions.events}. Totals, means, spreads and thresholds are decimals on a 0–100 scale.
 */
public sealed interface ApplicationEvent {

    ApplicationId applicationId();

    /** The candidate's background is in the event for analysis; no decision ever reads it. */
    record ApplicationSubmitted(ApplicationId applicationId, IntakeEventId intakeEventId, String organisation, Candidate candidate,
            List<ScoringCriterion> criteria, int requiredReviews, Instant submittedAt) implements ApplicationEvent {
    }

    /** Links are absolute http(s) URLs, as strings. */
    record ProjectWorkSubmitted(ApplicationId applicationId, String title, String description, List<String> links, Instant submittedAt)
            implements ApplicationEvent {
    }

    /** The candidate withdrew; the place in the intake event is given back in the same transaction. */
    record ApplicationWithdrawn(ApplicationId applicationId, IntakeEventId intakeEventId, String reason, Instant withdrawnAt)
            implements ApplicationEvent {
    }

    /** Reviewers (token subjects) newly on the application's panel. */
    record ReviewersAssigned(ApplicationId applicationId, IntakeEventId intakeEventId, List<String> reviewers, Instant assignedAt)
            implements ApplicationEvent {
    }

    /** The reviewer may never review this application; if on its panel, they leave it. */
    record ConflictOfInterestDeclared(ApplicationId applicationId, String reviewer, String statement, Instant declaredAt)
            implements ApplicationEvent {
    }

    record ReviewSubmitted(ApplicationId applicationId, String reviewer, List<CriterionScore> scores, Recommendation recommendation,
            BigDecimal total, String comment, Instant reviewedAt) implements ApplicationEvent {
    }

    /** The non-consensus policy found strong disagreement or a champion below the bar: the committee decides. */
    record ApplicationReferredToSpecialReview(ApplicationId applicationId, IntakeEventId intakeEventId, String candidateName,
            List<ReviewerTotal> reviewerTotals, BigDecimal meanTotal, BigDecimal spread, List<SpecialReviewReason> reasons,
            BigDecimal admissionBar, BigDecimal spreadThreshold, Instant referredAt) implements ApplicationEvent {
    }

    /**
     * Admitted by the policy or by the committee (with its rationale); the student {@code studentId}
     * is admitted in the same transaction. The thresholds are those the policy applied.
     */
    record ApplicationAdmitted(ApplicationId applicationId, StudentId studentId, IntakeEventId intakeEventId, DecisionRoute route,
            BigDecimal meanTotal, BigDecimal spread, BigDecimal admissionBar, BigDecimal spreadThreshold, String rationale,
            String decidedBy, Instant decidedAt) implements ApplicationEvent {
    }

    record ApplicationRejected(ApplicationId applicationId, IntakeEventId intakeEventId, DecisionRoute route, BigDecimal meanTotal,
            BigDecimal spread, BigDecimal admissionBar, BigDecimal spreadThreshold, String rationale, String decidedBy,
            Instant decidedAt) implements ApplicationEvent {
    }
}
