package org.reformplatform.evaluation.cycle;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.AssignEvaluator;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** An evaluator assigned to a dossier, as one of the kinds its track requires. */
@ApplicationScoped
public class AssignEvaluatorHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Cycle> handle(CycleId cycle, DossierId dossier, String evaluator, EvaluatorKind kind, OptionalInt expectedVersion) {
        return aggregates.handle(Cycle.TYPE, cycle, new AssignEvaluator(dossier, evaluator, kind, clock.instant()), expectedVersion);
    }
}
