package org.reformplatform.evaluation.evaluator;

import java.time.Instant;

import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** The register of evaluators. Published on {@code evaluation.events}. */
public sealed interface EvaluatorEvent {

    EvaluatorId evaluatorId();

    /** {@code subject}: the evaluator's token subject, which assignments and score sheets name. */
    record EvaluatorRegistered(EvaluatorId evaluatorId, String subject, @NotPersonalData(NotPersonalData.ACTING_IN_ROLE) String name, EvaluatorKind kind, String affiliation, Instant registeredAt)
            implements EvaluatorEvent {
    }
}
