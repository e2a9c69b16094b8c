package org.reformplatform.evaluation.evaluator;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.reformplatform.evaluation.evaluator.EvaluatorCommand.RegisterEvaluator;
import org.reformplatform.evaluation.evaluator.EvaluatorEvent.EvaluatorRegistered;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * An evaluator in the register, with their kind (谁来评): a cycle takes an evaluator's kind from here
 * when it assigns them, instead of trusting whoever assigns to say it. Registered once; the same
 * registration again changes nothing, another kind for the same evaluator is refused.
 */
public record RegisteredEvaluator(EvaluatorId id, String subject, String name, EvaluatorKind kind, String affiliation, Instant registeredAt) {

    public static final AggregateType<RegisteredEvaluator, EvaluatorCommand, EvaluatorEvent> TYPE = new AggregateType<>("Evaluator",
            new Lifecycle());

    public static final RegisteredEvaluator NONE = new RegisteredEvaluator(null, null, null, null, null, null);

    public boolean exists() {
        return id != null;
    }

    static final class Lifecycle implements Decider<RegisteredEvaluator, EvaluatorCommand, EvaluatorEvent> {

        @Override
        public RegisteredEvaluator initialState() {
            return NONE;
        }

        @Override
        public List<EvaluatorEvent> decide(EvaluatorCommand command, RegisteredEvaluator state) {
            if (command instanceof RegisterEvaluator register) {
                require(register.subject() != null && !register.subject().isBlank() && register.kind() != null,
                        () -> RuleViolation.invalid("evaluator-incomplete", "An evaluator is registered by subject and kind"));
                if (state.exists()) {
                    require(state.kind == register.kind(), () -> RuleViolation.conflict("evaluator-registered-as-other-kind",
                            "Evaluator " + state.subject + " is registered as " + state.kind).with("kind", state.kind.name()));
                    if (Objects.equals(state.name, register.name()) && Objects.equals(state.affiliation, register.affiliation())) {
                        return List.of();
                    }
                    throw RuleViolation.conflict("evaluator-registered", "Evaluator " + state.subject + " is registered already");
                }
                return List.of(new EvaluatorRegistered(register.id(), register.subject(), register.name(), register.kind(),
                        register.affiliation(), register.at()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        @Override
        public RegisteredEvaluator evolve(RegisteredEvaluator state, EvaluatorEvent event) {
            if (event instanceof EvaluatorRegistered r) {
                return new RegisteredEvaluator(r.evaluatorId(), r.subject(), r.name(), r.kind(), r.affiliation(), r.registeredAt());
            }
            return state;
        }
    }
}
