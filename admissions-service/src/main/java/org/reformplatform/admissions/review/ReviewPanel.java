package org.reformplatform.admissions.review;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.reformplatform.admissions.intake.ScoringCriterion;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;

/**
 * The reviewers of one application and what they said. It carries the criteria and the number of
 * required reviews copied from the intake event at submission, so that reviewing needs nothing but
 * the application itself.
 *
 * @param assigned  reviewers currently on the panel, in the order they were assigned (a reviewer who
 *                  declares a conflict leaves it)
 * @param conflicts declared conflicts of interest, by reviewer: such a reviewer never reviews this application
 * @param duties    when each reviewer on the panel who has not reviewed yet is reminded and due (none for
 *                  assignments made before reviews had due dates)
 * @param overdue   reviewers taken off the panel because their review was overdue: never chosen again to replace one
 */
public record ReviewPanel(List<ScoringCriterion> criteria, int requiredReviews, List<String> assigned, Map<String, String> conflicts,
        List<Review> reviews, Map<String, ReviewDuty> duties, Set<String> overdue) {

    public static ReviewPanel of(List<ScoringCriterion> criteria, int requiredReviews) {
        return new ReviewPanel(List.copyOf(criteria), requiredReviews, List.of(), Map.of(), List.of(), Map.of(), Set.of());
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

    /**
     * The conflict declared between this reviewer and this application, as one of the relations checked before an
     * assignment: declared now, with the nomination, or earlier on the application (the statement is the detail).
     */
    public RelationCheck declaredRelation(Nomination nomination) {
        String reviewer = nomination.reviewer();
        if (nomination.declaresConflict()) {
            return RelationCheck.found(DECLARED, "declared at assignment: " + nomination.conflictOfInterest());
        }
        return isConflicted(reviewer) ? RelationCheck.found(DECLARED, "declared earlier: " + conflicts.get(reviewer))
                : RelationCheck.notFound(DECLARED, "no conflict of interest declared with this application");
    }

    /** The relation a declared conflict of interest is named by. */
    public static final String DECLARED = "declared-conflict";

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

    /** The duty of a reviewer on the panel whose review is still awaited, if it has a due date. */
    public Optional<ReviewDuty> awaitedFrom(String reviewer) {
        return isAssigned(reviewer) && !hasReviewed(reviewer) ? Optional.ofNullable(duties.get(reviewer)) : Optional.empty();
    }

    /**
     * Who takes over an overdue review: the first of the candidates (in the order given) who is not
     * the overdue reviewer, not on the panel, has not reviewed, declared no conflict of interest and
     * was not taken off this panel for an overdue review before.
     */
    public Optional<String> replacementFor(String overdueReviewer, List<String> candidates) {
        return candidates.stream()
                .filter(c -> !c.equals(overdueReviewer) && !isAssigned(c) && !hasReviewed(c) && !isConflicted(c) && !overdue.contains(c))
                .findFirst();
    }

    public ReviewPanel withAssigned(List<String> reviewers) {
        return withAssigned(reviewers, null, null, null);
    }

    /** Reviewers newly on the panel, due at {@code dueAt} (null: no due date) and reminded at {@code remindAt}. */
    public ReviewPanel withAssigned(List<String> reviewers, Instant assignedAt, Instant remindAt, Instant dueAt) {
        List<String> panel = new ArrayList<>(assigned);
        Map<String, ReviewDuty> owed = new LinkedHashMap<>(duties);
        for (String reviewer : reviewers) {
            if (!panel.contains(reviewer)) {
                panel.add(reviewer);
                if (dueAt != null) {
                    owed.put(reviewer, ReviewDuty.assigned(reviewer, assignedAt, remindAt, dueAt));
                }
            }
        }
        return new ReviewPanel(criteria, requiredReviews, List.copyOf(panel), conflicts, reviews, Map.copyOf(owed), overdue);
    }

    public ReviewPanel withConflict(String reviewer, String statement) {
        Map<String, String> declared = new HashMap<>(conflicts);
        declared.put(reviewer, statement);
        List<String> panel = assigned.stream().filter(r -> !r.equals(reviewer)).toList();
        return new ReviewPanel(criteria, requiredReviews, panel, Map.copyOf(declared), reviews, without(reviewer), overdue);
    }

    public ReviewPanel withReview(Review review) {
        List<Review> all = new ArrayList<>(reviews);
        all.add(review);
        return new ReviewPanel(criteria, requiredReviews, assigned, conflicts, List.copyOf(all), without(review.reviewer()), overdue);
    }

    public ReviewPanel withReminded(String reviewer, Instant at) {
        return withDuty(reviewer, duty -> duty.reminded(at));
    }

    public ReviewPanel withEscalated(String reviewer, Instant at) {
        return withDuty(reviewer, duty -> duty.escalated(at));
    }

    /** The overdue reviewer leaves the panel; the new one takes their place in it, with a due date of their own. */
    public ReviewPanel withReassigned(String overdueReviewer, String reviewer, Instant assignedAt, Instant remindAt, Instant dueAt) {
        List<String> panel = assigned.stream().map(r -> r.equals(overdueReviewer) ? reviewer : r).toList();
        Map<String, ReviewDuty> owed = new LinkedHashMap<>(without(overdueReviewer));
        owed.put(reviewer, ReviewDuty.assigned(reviewer, assignedAt, remindAt, dueAt));
        Set<String> released = new HashSet<>(overdue);
        released.add(overdueReviewer);
        return new ReviewPanel(criteria, requiredReviews, panel, conflicts, reviews, Map.copyOf(owed), Set.copyOf(released));
    }

    private ReviewPanel withDuty(String reviewer, java.util.function.UnaryOperator<ReviewDuty> change) {
        ReviewDuty duty = duties.get(reviewer);
        if (duty == null) {
            return this;
        }
        Map<String, ReviewDuty> owed = new LinkedHashMap<>(duties);
        owed.put(reviewer, change.apply(duty));
        return new ReviewPanel(criteria, requiredReviews, assigned, conflicts, reviews, Map.copyOf(owed), overdue);
    }

    private Map<String, ReviewDuty> without(String reviewer) {
        if (!duties.containsKey(reviewer)) {
            return duties;
        }
        Map<String, ReviewDuty> owed = new LinkedHashMap<>(duties);
        owed.remove(reviewer);
        return Map.copyOf(owed);
    }
}
