package org.reformplatform.eventsourcing.domain.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Every relation checked between one reviewer (or evaluator) and the person they would judge,
 * before they are assigned: OpenReview's conflict detection, on the relations the platform already
 * holds, and the declared conflicts beside them. One shape for every service: a service supplies
 * its {@link RelationSource}s; the decider refuses the assignment when any relation is found.
 *
 * @param reviewer the token subject of the reviewer or evaluator
 */
public record ConflictCheck(String reviewer, List<RelationCheck> checks) {

    /** The refusal's problem type: the same one whether the conflict was declared or found. */
    public static final String CODE = "reviewer-conflicted";

    public ConflictCheck {
        checks = List.copyOf(checks);
    }

    /** Asks every source, in order, and keeps every answer (also the ones that found nothing). */
    @SafeVarargs
    public static <P> ConflictCheck of(String reviewer, P judged, RelationSource<P>... sources) {
        return of(reviewer, judged, List.of(sources));
    }

    public static <P> ConflictCheck of(String reviewer, P judged, List<RelationSource<P>> sources) {
        List<RelationCheck> checks = new ArrayList<>();
        for (RelationSource<P> source : sources) {
            checks.add(source.check(reviewer, judged));
        }
        return new ConflictCheck(reviewer, checks);
    }

    /** Nothing checked (yet): a decider adds what it holds itself, the declared conflicts. */
    public static ConflictCheck none(String reviewer) {
        return new ConflictCheck(reviewer, List.of());
    }

    /** The same checks and one more, e.g. the declared conflict a decider knows from its own state. */
    public ConflictCheck and(RelationCheck check) {
        List<RelationCheck> all = new ArrayList<>(checks);
        all.add(check);
        return new ConflictCheck(reviewer, all);
    }

    /** The first relation found, in the order checked. */
    public Optional<RelationCheck> conflict() {
        return checks.stream().filter(RelationCheck::found).findFirst();
    }

    /**
     * Refuses the assignment when a relation was found: 409 {@code reviewer-conflicted}, naming the
     * relation, with every check made, so that the operator sees why and what else was looked at.
     * 409 rather than 422: the request is valid, it clashes with facts the platform holds now (a
     * mentorship, a venture), which can change, as the state of a full intake event can.
     */
    public void requireClear() {
        requireClear(CODE, "reviewer");
    }

    /**
     * The same refusal under a service's own problem type and name for the person assigned, where they
     * were published before this check existed (evaluation's {@code conflict-of-interest}, naming the
     * {@code evaluator}): partners keep branching on what they know.
     */
    public void requireClear(String code, String role) {
        Optional<RelationCheck> found = conflict();
        if (found.isPresent()) {
            RelationCheck relation = found.get();
            String who = Character.toUpperCase(role.charAt(0)) + role.substring(1);
            throw RuleViolation.conflict(code, who + " " + reviewer + " has a conflict of interest (" + relation.relation() + "): "
                    + relation.detail())
                    .with(role, reviewer)
                    .with("relation", relation.relation())
                    .with("checks", checks);
        }
    }
}
