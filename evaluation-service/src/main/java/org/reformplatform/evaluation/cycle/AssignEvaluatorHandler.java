package org.reformplatform.evaluation.cycle;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.AssignEvaluator;
import org.reformplatform.evaluation.evaluator.EvaluatorRegister;
import org.reformplatform.evaluation.evaluator.RegisteredEvaluator;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;

/**
 * A registered evaluator assigned to a dossier, as the kind the register gives them, which must be one
 * its track requires. A kind asserted by the caller that is not the register's is refused (409
 * {@code evaluator-kind-differs}); an evaluator not in the register is refused by the cycle (409
 * {@code evaluator-not-registered}); so is one affiliated with the cycle's institution or with a declared
 * conflict (409 {@code conflict-of-interest}, naming the {@code relation}; {@link EvaluatorRelations}).
 */
@ApplicationScoped
public class AssignEvaluatorHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    EvaluatorRegister register;

    /** @param asserted the kind the caller names, if any: only a check against the register */
    public Decision<Cycle> handle(CycleId cycle, DossierId dossier, String evaluator, EvaluatorKind asserted, OptionalInt expectedVersion) {
        Optional<RegisteredEvaluator> entry = register.find(evaluator);
        EvaluatorKind registered = entry.map(RegisteredEvaluator::kind).orElse(null);
        require(asserted == null || registered == null || asserted == registered, () -> RuleViolation.conflict("evaluator-kind-differs",
                "Evaluator " + evaluator + " is registered as " + registered + ", not " + asserted).with("kind", String.valueOf(registered)));
        // The relations are checked against the cycle's institution (a missing cycle is refused by the decider: no check then).
        Cycle state = aggregates.load(Cycle.TYPE, cycle).state();
        ConflictCheck relations = state.exists() ? EvaluatorRelations.check(evaluator, state.institution(), entry) : null;
        return aggregates.handle(Cycle.TYPE, cycle, new AssignEvaluator(dossier, evaluator, registered, clock.instant(), relations),
                expectedVersion);
    }
}
