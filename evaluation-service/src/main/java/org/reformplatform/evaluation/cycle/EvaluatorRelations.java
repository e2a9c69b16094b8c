package org.reformplatform.evaluation.cycle;

import java.util.Optional;

import org.reformplatform.evaluation.evaluator.RegisteredEvaluator;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.eventsourcing.domain.conflict.RelationSource;

/**
 * The relations evaluation holds between an evaluator and a researcher in a cycle, checked before the
 * evaluator is assigned to the researcher's dossier. An evaluator is recognised by the register
 * (subject, affiliation); the researcher's institution is the cycle's. The declared conflicts are the
 * cycle's own, added by its decider. Plain Java: the handler passes what the register says.
 */
final class EvaluatorRelations {

    static final String SAME_INSTITUTION = "same-institution";

    private EvaluatorRelations() {
    }

    /** The institution whose researchers the cycle evaluates, judged by an evaluator the register knows (or not). */
    record Judged(String institution, Optional<RegisteredEvaluator> evaluator) {
    }

    static ConflictCheck check(String evaluator, String institution, Optional<RegisteredEvaluator> registered) {
        RelationSource<Judged> sameInstitution = (subject, judged) -> sameInstitution(judged);
        return ConflictCheck.of(evaluator, new Judged(institution, registered), sameInstitution);
    }

    /** An evaluator affiliated with the institution that evaluates its own researchers in this cycle (case and spaces aside). */
    static RelationCheck sameInstitution(Judged judged) {
        String affiliation = judged.evaluator().map(RegisteredEvaluator::affiliation).filter(a -> !a.isBlank()).orElse(null);
        if (affiliation == null) {
            return RelationCheck.notEstablished(SAME_INSTITUTION, "the evaluator's affiliation is not in the register");
        }
        String compared = "evaluator's affiliation " + affiliation + ", the cycle's institution " + judged.institution();
        return affiliation.trim().equalsIgnoreCase(judged.institution().trim()) ? RelationCheck.found(SAME_INSTITUTION, compared)
                : RelationCheck.notFound(SAME_INSTITUTION, compared);
    }
}
