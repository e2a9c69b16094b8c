package org.reformplatform.evaluation.evaluator;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.evaluation.scheme.EvaluatorKind;

/** An evaluator in the register. */
@Schema(name = "RegisteredEvaluator")
public record EvaluatorView(String subject, String name, EvaluatorKind kind, String affiliation, Instant registeredAt) {

    static EvaluatorView of(RegisteredEvaluator e) {
        return new EvaluatorView(e.subject(), e.name(), e.kind(), e.affiliation(), e.registeredAt());
    }

    static EvaluatorView ofRow(EvaluatorEntry row) {
        return new EvaluatorView(row.subject, row.name, row.kind, row.affiliation, row.registeredAt);
    }
}
