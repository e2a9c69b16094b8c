package org.reformplatform.admissions.simulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.reformplatform.admissions.application.Application;
import org.reformplatform.admissions.application.ApplicationEvent;
import org.reformplatform.admissions.application.ApplicationStatus;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationAdmitted;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationReferredToSpecialReview;
import org.reformplatform.admissions.application.ApplicationEvent.ApplicationRejected;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.DecisionRoute;
import org.reformplatform.admissions.review.SpecialReviewReason;

/**
 * Where an application ends up, for comparison, with what decided it.
 *
 * @param outcome          ADMITTED or REJECTED by the policy, REFERRED to the committee, WITHDRAWN, or
 *                         AWAITING_REVIEWS (fewer reviews in than the policy requires)
 * @param committeeVerdict for a referred application the committee decided: ADMIT or REJECT; else null
 * @param meanTotal        the mean total the policy read (on {@code scoreBasis}); null when it did not decide
 * @param spread           the spread of the totals it read
 * @param scoreBasis       RAW or CALIBRATED
 * @param reviews          the reviews in when it was decided (or by the end)
 * @param requiredReviews  the reviews the policy waited for
 * @param rule             the rule that decided, with the figures, as a sentence a policy-maker reads
 */
public record Outcome(String outcome, String committeeVerdict, BigDecimal meanTotal, BigDecimal spread, BigDecimal admissionBar,
        BigDecimal spreadThreshold, ScoreBasis scoreBasis, int reviews, int requiredReviews, String rule) {

    public static final String ADMITTED = "ADMITTED";
    public static final String REJECTED = "REJECTED";
    public static final String REFERRED = "REFERRED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String AWAITING_REVIEWS = "AWAITING_REVIEWS";

    /** Another outcome, or another verdict of the committee: what the comparison counts as a change. */
    public boolean differsFrom(Outcome other) {
        return !outcome.equals(other.outcome) || !Objects.equals(committeeVerdict, other.committeeVerdict);
    }

    /** Whether the policy admits, for "who moves across the bar": admitted by it, or by the committee after a referral. */
    public boolean admitted() {
        return outcome.equals(ADMITTED) || "ADMIT".equals(committeeVerdict);
    }

    /**
     * The outcome of an application whose events are {@code events}, folded into {@code state}: the
     * policy's decision (a referral or a decision by the policy) and the committee's, if any.
     */
    static Outcome of(Application state, List<ApplicationEvent> events) {
        ApplicationEvent policyDecision = null;
        String verdict = null;
        for (ApplicationEvent e : events) {
            if (e instanceof ApplicationReferredToSpecialReview || e instanceof ApplicationAdmitted a && a.route() == DecisionRoute.POLICY
                    || e instanceof ApplicationRejected r && r.route() == DecisionRoute.POLICY) {
                policyDecision = e;
            } else if (e instanceof ApplicationAdmitted a && a.route() == DecisionRoute.COMMITTEE) {
                verdict = "ADMIT";
            } else if (e instanceof ApplicationRejected r && r.route() == DecisionRoute.COMMITTEE) {
                verdict = "REJECT";
            }
        }
        int reviews = state.panel() == null ? 0 : state.panel().reviews().size();
        int required = state.panel() == null ? 0 : state.panel().requiredReviews();
        if (policyDecision instanceof ApplicationReferredToSpecialReview r) {
            String outcome = verdict == null && state.status() == ApplicationStatus.WITHDRAWN ? WITHDRAWN : REFERRED;
            return new Outcome(outcome, verdict, r.meanTotal(), r.spread(), r.admissionBar(), r.spreadThreshold(), basis(r.scoreBasis()), reviews,
                    required, referral(r));
        }
        if (policyDecision instanceof ApplicationAdmitted a) {
            return new Outcome(ADMITTED, null, a.meanTotal(), a.spread(), a.admissionBar(), a.spreadThreshold(), basis(a.scoreBasis()), reviews,
                    required, "mean " + a.meanTotal() + " ≥ bar " + a.admissionBar() + ", spread " + a.spread() + " < " + a.spreadThreshold()
                            + on(a.scoreBasis()));
        }
        if (policyDecision instanceof ApplicationRejected r) {
            return new Outcome(REJECTED, null, r.meanTotal(), r.spread(), r.admissionBar(), r.spreadThreshold(), basis(r.scoreBasis()), reviews,
                    required, "mean " + r.meanTotal() + " < bar " + r.admissionBar() + ", spread " + r.spread() + " < " + r.spreadThreshold()
                            + ", no champion" + on(r.scoreBasis()));
        }
        if (state.status() == ApplicationStatus.WITHDRAWN) {
            return new Outcome(WITHDRAWN, null, null, null, null, null, null, reviews, required, "withdrawn before a decision");
        }
        return new Outcome(AWAITING_REVIEWS, null, null, null, null, null, null, reviews, required,
                reviews + " of " + required + " required reviews in");
    }

    private static String referral(ApplicationReferredToSpecialReview r) {
        StringBuilder why = new StringBuilder();
        for (SpecialReviewReason reason : r.reasons()) {
            why.append(why.isEmpty() ? "" : "; ").append(reason == SpecialReviewReason.SPREAD_AT_OR_ABOVE_THRESHOLD
                    ? "spread " + r.spread() + " ≥ " + r.spreadThreshold()
                    : "championed with mean " + r.meanTotal() + " < bar " + r.admissionBar());
        }
        return why + on(r.scoreBasis());
    }

    private static ScoreBasis basis(ScoreBasis recorded) {
        return recorded == null ? ScoreBasis.RAW : recorded;
    }

    private static String on(ScoreBasis basis) {
        return basis == ScoreBasis.CALIBRATED ? " (calibrated totals)" : "";
    }
}
