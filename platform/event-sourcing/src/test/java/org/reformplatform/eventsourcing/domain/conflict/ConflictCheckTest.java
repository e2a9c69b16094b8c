package org.reformplatform.eventsourcing.domain.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck.Outcome;

/** A reviewer is refused exactly when one of the relations checked was found, and the refusal names the first. */
class ConflictCheckTest {

    @Test
    void every_source_is_asked_in_order_and_every_answer_kept() {
        RelationSource<String> sameOrganisation = (reviewer, candidate) -> RelationCheck.notFound("same-organisation", reviewer + " vs " + candidate);
        RelationSource<String> mentor = (reviewer, candidate) -> RelationCheck.notEstablished("mentor-of-candidate", "not a mentor");

        ConflictCheck check = ConflictCheck.of("r1", "c1", sameOrganisation, mentor);

        assertThat(check.checks()).extracting(RelationCheck::relation).containsExactly("same-organisation", "mentor-of-candidate");
        assertThat(check.checks().get(0).detail()).isEqualTo("r1 vs c1");
        check.requireClear();
    }

    @Test
    void a_relation_found_refuses_with_409_naming_it_and_listing_every_check() {
        ConflictCheck check = ConflictCheck.none("r1").and(RelationCheck.notFound("same-organisation", "uni-a vs uni-b"))
                .and(RelationCheck.found("mentor-of-candidate", "mentors the candidate"));

        RuleViolation refusal = catchThrowableOfType(check::requireClear, RuleViolation.class);

        assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(refusal.code()).isEqualTo("reviewer-conflicted");
        assertThat(refusal.context()).containsEntry("relation", "mentor-of-candidate").containsEntry("reviewer", "r1")
                .containsEntry("checks", check.checks());
        assertThat(refusal.detail()).contains("mentor-of-candidate").contains("mentors the candidate");
    }

    /** Oracle: refused iff any outcome is FOUND; the relation named is the first FOUND in check order. */
    @Test
    void refused_exactly_when_something_was_found_over_generated_checks() {
        Random random = new Random(18);
        Outcome[] outcomes = Outcome.values();
        for (int run = 0; run < 2_000; run++) {
            List<RelationCheck> checks = new ArrayList<>();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                checks.add(new RelationCheck("relation-" + i, outcomes[random.nextInt(outcomes.length)], "detail " + i));
            }
            ConflictCheck check = new ConflictCheck("r", checks);
            String firstFound = null;
            for (RelationCheck c : checks) {
                if (c.outcome() == Outcome.FOUND) {
                    firstFound = c.relation();
                    break;
                }
            }

            RuleViolation refusal = catchThrowableOfType(check::requireClear, RuleViolation.class);

            if (firstFound == null) {
                assertThat(refusal).as("checks %s", checks).isNull();
            } else {
                assertThat(refusal).as("checks %s", checks).isNotNull();
                assertThat(refusal.context().get("relation")).isEqualTo(firstFound);
            }
        }
    }
}
