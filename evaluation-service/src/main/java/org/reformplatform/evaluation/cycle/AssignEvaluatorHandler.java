package org.reformplatform.evaluation.cycle;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Clock;
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

/**
 * A registered evaluator assigned to a dossier, as the kind the register gives them, which must be one
 * its track requires. A kind asserted by the caller that is not the register's is refused (409
 * {@code evaluator-kind-differs}); an evaluator not in the register is refused by the cycle (409
 * {@code evaluator-not-registered}).
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
        EvaluatorKind registered = register.find(evaluator).map(RegisteredEvaluator::kind).orElse(null);
        require(asserted == null || registered == null || asserted == registered, () -> RuleViolation.conflict("evaluator-kind-differs",
                "Evaluator " + evaluator + " is registered as " + registered + ", not " + asserted).with("kind", String.valueOf(registered)));
        return aggregates.handle(Cycle.TYPE, cycle, new AssignEvaluator(dossier, evaluator, registered, clock.instant()), expectedVersion);
    }
}
