package org.reformplatform.evaluation.cycle;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.DeclareConflict;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * A conflict of interest declared in a cycle: by an evaluator for themself, or by the institution or
 * an operator for the evaluator they name.
 */
@ApplicationScoped
public class DeclareConflictHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    /**
     * @param declaringEvaluator the evaluator declaring for themself (their token subject); null when the institution or an operator declares
     * @param namedEvaluator     the evaluator the declaration names: required of the institution and operators, optional for an
     *                           evaluator, who may name only themself
     */
    public Decision<Cycle> handle(CycleId cycle, String declaringEvaluator, String namedEvaluator, ResearcherId researcher, String reason,
            OptionalInt expectedVersion) {
        String evaluator;
        if (declaringEvaluator != null) {
            require(namedEvaluator == null || namedEvaluator.equals(declaringEvaluator),
                    () -> RuleViolation.forbidden("not-your-conflict", "Evaluators declare their own conflicts of interest"));
            evaluator = declaringEvaluator;
        } else {
            require(namedEvaluator != null && !namedEvaluator.isBlank(),
                    () -> RuleViolation.invalid("evaluator-required", "Name the evaluator the conflict is about"));
            evaluator = namedEvaluator;
        }
        return aggregates.handle(Cycle.TYPE, cycle, new DeclareConflict(evaluator, researcher, reason, clock.instant()), expectedVersion);
    }
}
