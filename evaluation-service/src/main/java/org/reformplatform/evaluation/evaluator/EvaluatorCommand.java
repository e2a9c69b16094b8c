package org.reformplatform.evaluation.evaluator;

import java.time.Instant;

import org.reformplatform.evaluation.scheme.EvaluatorKind;

/** What operators do with the register of evaluators. */
public sealed interface EvaluatorCommand {

    /** An evaluator entered in the register with their kind (谁来评: peer, industry expert, clinical expert, committee). */
    record RegisterEvaluator(EvaluatorId id, String subject, String name, EvaluatorKind kind, String affiliation, Instant at)
            implements EvaluatorCommand {
    }
}
