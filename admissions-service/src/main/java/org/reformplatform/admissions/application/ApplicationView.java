package org.reformplatform.admissions.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.admissions.review.SpecialReviewReason;

/**
 * An application as the API shows it, current as of now. What is shown depends on who asks:
 * operators see everything; the submitting organisation sees its candidate and the progress, not the
 * reviewers; reviewers see the work and the criteria but neither the candidate's background nor
 * contact (background never counts, so reviewers are not shown it). In a blind-review intake event
 * reviewers do not see the candidate's name either, only the review pseudonym, and operators see who
 * the candidate is (name, contact, organisation, background) once the application is decided.
 */
@Schema(name = "Application")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(
        UUID id,
        UUID intakeEventId,
        String organisation,
        @Schema(description = "submitted, under_review, special_review, admitted, rejected or withdrawn") String status,
        Instant submittedAt,
        String candidateName,
        @Schema(description = "What reviewers call the candidate; in a blind-review event all they know of them") String reviewPseudonym,
        @Schema(description = "Reviewers of this event judge without knowing who the candidate is") boolean blindReview,
        String contactEmail,
        Background background,
        ProjectWork projectWork,
        List<ScoringCriterion> criteria,
        int requiredReviews,
        int reviewsIn,
        List<String> reviewers,
        @Schema(description = "Staff only: when each review still awaited is due, its reminder, and an overdue one escalated")
        List<ReviewDutyView> reviewsDue,
        List<ReviewView> reviews,
        SpecialReviewView specialReview,
        @Schema(description = "The student the application became, once admitted") UUID studentId,
        @Schema(description = "Operators, on GET: where it stands in its intake event as of now, once reviewed") StandingView standing) {

    /** An application's standing in its intake event (see the admissions README, "Calibrated scores"). */
    @Schema(name = "ApplicationStanding")
    public record StandingView(
            @Schema(description = "What the event's policy reads (RAW or CALIBRATED); the percentile is on it") String scoreBasis,
            BigDecimal rawMeanTotal,
            @Schema(description = "The mean of the reviewers' totals each less their offset within the intake event") BigDecimal calibratedMeanTotal,
            @Schema(description = "100 x (below + equal/2) / n among the event's reviewed applications") BigDecimal percentile) {
    }

    /** The same view with the application's standing in its intake event. */
    public ApplicationView withStanding(StandingView newStanding) {
        return new ApplicationView(id, intakeEventId, organisation, status, submittedAt, candidateName, reviewPseudonym, blindReview,
                contactEmail, background, projectWork, criteria, requiredReviews, reviewsIn, reviewers, reviewsDue, reviews, specialReview,
                studentId, newStanding);
    }

    /** Who is looking, which decides what they see. */
    public enum Audience { STAFF, OWNER, REVIEWER }

    @Schema(name = "SubmittedReview")
    public record ReviewView(String reviewer, List<CriterionScore> scores, Recommendation recommendation, BigDecimal total, Instant reviewedAt) {
    }

    @Schema(name = "SpecialReviewFindings")
    public record SpecialReviewView(List<SpecialReviewReason> reasons, BigDecimal meanTotal, BigDecimal spread, BigDecimal admissionBar,
            BigDecimal spreadThreshold,
            @Schema(description = "The committee's time limit") Instant decisionDueAt,
            @Schema(description = "When the time limit passed with the case undecided") Instant escalatedAt) {
    }

    @Schema(name = "ReviewDue")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewDutyView(String reviewer, Instant assignedAt, Instant remindAt, Instant reviewDueAt, Instant remindedAt,
            @Schema(description = "Overdue and nobody else could take it over: the operators act") Instant escalatedAt) {
    }

    public static ApplicationView of(Application a, Audience audience) {
        boolean staff = audience == Audience.STAFF;
        boolean reviewer = audience == Audience.REVIEWER;
        boolean blind = a.blinding().blind();
        // Who the candidate is: never for a reviewer of a blind event; for operators of one, once it is decided.
        boolean identityHidden = blind && (reviewer || staff && !a.status().isFinal());
        boolean identifyingDetailsHidden = reviewer || identityHidden;
        var referral = a.referral();
        return new ApplicationView(a.id().value(), a.intakeEventId().value(), identifyingDetailsHidden ? null : a.organisation(),
                a.status().name().toLowerCase(), a.submittedAt(), identityHidden ? null : a.candidate().name(), a.blinding().pseudonym(), blind,
                identifyingDetailsHidden ? null : a.candidate().contactEmail(), identifyingDetailsHidden ? null : a.candidate().background(),
                a.projectWork(),
                a.panel().criteria(), a.panel().requiredReviews(), a.panel().reviews().size(),
                staff ? a.panel().assigned() : null,
                staff ? a.panel().assigned().stream().map(r -> a.panel().awaitedFrom(r).orElse(null)).filter(java.util.Objects::nonNull)
                        .map(d -> new ReviewDutyView(d.reviewer(), d.assignedAt(), d.remindAt(), d.dueAt(), d.remindedAt(), d.escalatedAt()))
                        .toList() : null,
                staff ? a.panel().reviews().stream().map(r -> new ReviewView(r.reviewer(), r.scores(), r.recommendation(), r.total(),
                        r.reviewedAt())).toList() : null,
                staff && referral != null ? new SpecialReviewView(referral.reasons(), referral.meanTotal(), referral.spread(),
                        referral.admissionBar(), referral.spreadThreshold(), referral.decisionDueAt(), a.escalatedAt()) : null,
                a.studentId() == null || reviewer ? null : a.studentId().value(), null);
    }
}
