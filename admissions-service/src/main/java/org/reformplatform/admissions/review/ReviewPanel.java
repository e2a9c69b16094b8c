package org.reformplatform.admissions.review;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * The reviewers of one application and what they said. It carries the criteria and the number of
 * required reviews copied from the intake event at submission, so that reviewing needs nothing but
 * the application itself.
 *
 * @param assigned  reviewers currently on the panel, in the order they were assigned (a reviewer who
 *                  declares a conflict leaves it)
 * @param conflicts declared conflicts of interest, by reviewer: such a reviewer never reviews this application
 */
public record ReviewPanel(List<ScoringCriterion> criteria, int requiredReviews, List<String> assigned, Map<String, String> conflicts,
        List<Review> reviews) {

    public static ReviewPanel of(List<ScoringCriterion> criteria, int requiredReviews) {
        return new ReviewPanel(List.copyOf(criteria), requiredReviews, List.of(), Map.of(), List.of());
    }

    public boolean isAssigned(String reviewer) {
        return assigned.contains(reviewer);
    }

    public boolean isConflicted(String reviewer) {
        return conflicts.containsKey(reviewer);
    }

    public boolean hasReviewed(String reviewer) {
        return reviews.stream().anyMatch(r -> r.reviewer().equals(reviewer));
    }

    /** Whether the reviewer may see the application: on the panel, or has reviewed it. */
    public boolean involves(String reviewer) {
        return isAssigned(reviewer) || hasReviewed(reviewer);
    }

    /** The required reviews are in: time for the non-consensus policy. */
    public boolean complete() {
        return reviews.size() >= requiredReviews;
    }

    public List<ReviewerTotal> totals() {
        return reviews.stream().map(Review::asTotal).toList();
    }

    /**
     * Who of the nominated is new on the panel. Refused: a nominee with a declared conflict of
     * interest (declared now or earlier), the same reviewer named twice, and a panel left with fewer
     * reviewers than the application needs reviews.
     */
    public List<String> newlyAssigned(List<Nomination> nominations) {
        require(!nominations.isEmpty(), () -> RuleViolation.invalid("no-reviewers", "Name at least one reviewer"));
        Set<String> named = new HashSet<>();
        List<String> fresh = new ArrayList<>();
        for (Nomination nomination : nominations) {
            String reviewer = nomination.reviewer();
            require(named.add(reviewer), () -> RuleViolation.invalid("duplicate-reviewer", "Reviewer " + reviewer + " is named twice")
                    .with("reviewer", reviewer));
            require(!nomination.declaresConflict() && !isConflicted(reviewer), () -> RuleViolation.conflict("reviewer-conflicted",
                    "Reviewer " + reviewer + " declared a conflict of interest with this application").with("reviewer", reviewer));
            if (!isAssigned(reviewer)) {
                fresh.add(reviewer);
            }
        }
        int panelSize = assigned.size() + fresh.size();
        require(panelSize >= requiredReviews, () -> RuleViolation.invalid("too-few-reviewers",
                "The application needs " + requiredReviews + " reviews; the panel would have " + panelSize + " reviewer(s)")
                .with("requiredReviews", requiredReviews).with("panelSize", panelSize));
        return List.copyOf(fresh);
    }

    /** A conflict declared after the review was given cannot undo it; before, it takes the reviewer off the panel. */
    public boolean acceptsConflictOf(String reviewer) {
        require(!hasReviewed(reviewer), () -> RuleViolation.conflict("already-reviewed",
                "Reviewer " + reviewer + " has already reviewed this application").with("reviewer", reviewer));
        return !isConflicted(reviewer);
    }

    /**
     * The review this reviewer gives. Refused: a conflicted reviewer, a reviewer not on the panel, a
     * second review by the same reviewer, and scores that do not cover every criterion within range.
     */
    public Review review(String reviewer, List<CriterionScore> scores, Recommendation recommendation, Instant at) {
        requireMayReview(reviewer);
        require(recommendation != null, () -> RuleViolation.invalid("recommendation-required", "Recommend reject, admit or champion"));
        return new Review(reviewer, List.copyOf(scores), recommendation, Scorecard.total(criteria, scores), at);
    }

    /** Refuses a conflicted reviewer, a second review by the same reviewer, and a reviewer not on the panel. */
    public void requireMayReview(String reviewer) {
        require(!isConflicted(reviewer), () -> RuleViolation.conflict("reviewer-conflicted",
                "Reviewer " + reviewer + " declared a conflict of interest with this application").with("reviewer", reviewer));
        require(!hasReviewed(reviewer), () -> RuleViolation.conflict("duplicate-review",
                "Reviewer " + reviewer + " has already reviewed this application").with("reviewer", reviewer));
        require(isAssigned(reviewer), () -> RuleViolation.forbidden("reviewer-not-assigned",
                "Reviewer " + reviewer + " is not assigned to this application").with("reviewer", reviewer));
    }

    public ReviewPanel withAssigned(List<String> reviewers) {
        List<String> panel = new ArrayList<>(assigned);
        reviewers.stream().filter(r -> !panel.contains(r)).forEach(panel::add);
        return new ReviewPanel(criteria, requiredReviews, List.copyOf(panel), conflicts, reviews);
    }

    public ReviewPanel withConflict(String reviewer, String statement) {
        Map<String, String> declared = new HashMap<>(conflicts);
        declared.put(reviewer, statement);
        List<String> panel = assigned.stream().filter(r -> !r.equals(reviewer)).toList();
        return new ReviewPanel(criteria, requiredReviews, panel, Map.copyOf(declared), reviews);
    }

    public ReviewPanel withReview(Review review) {
        List<Review> all = new ArrayList<>(reviews);
        all.add(review);
        return new ReviewPanel(criteria, requiredReviews, assigned, conflicts, List.copyOf(all));
    }
}
