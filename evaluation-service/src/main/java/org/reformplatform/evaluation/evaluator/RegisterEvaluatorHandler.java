package org.reformplatform.evaluation.evaluator;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.evaluator.EvaluatorCommand.RegisterEvaluator;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** An operator enters an evaluator in the register with their kind. */
@ApplicationScoped
public class RegisterEvaluatorHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<RegisteredEvaluator> handle(String subject, String name, EvaluatorKind kind, String affiliation) {
        EvaluatorId id = EvaluatorId.of(subject);
        return aggregates.handle(RegisteredEvaluator.TYPE, id, new RegisterEvaluator(id, subject, name, kind, affiliation, clock.instant()));
    }
}
