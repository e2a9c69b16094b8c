package org.reformplatform.evaluation.cycle;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.AssignAppealReviewer;
import org.reformplatform.evaluation.cycle.CycleCommand.FileAppeal;
import org.reformplatform.evaluation.cycle.CycleCommand.ScoreAppeal;
import org.reformplatform.evaluation.evaluator.EvaluatorRegister;
import org.reformplatform.evaluation.evaluator.RegisteredEvaluator;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;

/**
 * An appeal of a dossier's outcome: filed by the researcher's institution within the cycle's appeal
 * window (today in the region), reviewed by a second panel of registered evaluators (their kind from
 * the register), decided by the panel's last score sheet.
 */
@ApplicationScoped
public class AppealHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    EvaluatorRegister register;

    public Decision<Cycle> file(CycleId cycle, DossierId dossier, String reasons, OptionalInt expectedVersion) {
        return aggregates.handle(Cycle.TYPE, cycle, new FileAppeal(dossier, reasons, calendar.today(), clock.instant()), expectedVersion);
    }

    /** A second-panel evaluator is checked on the same relations as one of the first ({@link EvaluatorRelations}). */
    public Decision<Cycle> assignReviewer(CycleId cycle, DossierId dossier, String evaluator, OptionalInt expectedVersion) {
        Optional<RegisteredEvaluator> entry = register.find(evaluator);
        Cycle state = aggregates.load(Cycle.TYPE, cycle).state();
        ConflictCheck relations = state.exists() ? EvaluatorRelations.check(evaluator, state.institution(), entry) : null;
        return aggregates.handle(Cycle.TYPE, cycle, new AssignAppealReviewer(dossier, evaluator,
                entry.map(RegisteredEvaluator::kind).orElse(null), clock.instant(), relations), expectedVersion);
    }

    public Decision<Cycle> score(CycleId cycle, DossierId dossier, String evaluator, List<IndicatorScore> scores, OptionalInt expectedVersion) {
        return aggregates.handle(Cycle.TYPE, cycle, new ScoreAppeal(dossier, evaluator, scores, clock.instant()), expectedVersion);
    }
}
