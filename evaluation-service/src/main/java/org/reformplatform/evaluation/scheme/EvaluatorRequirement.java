package org.reformplatform.evaluation.scheme;

/** A track needs {@code count} evaluators of this kind for every dossier. */
public record EvaluatorRequirement(EvaluatorKind kind, int count) {
}
