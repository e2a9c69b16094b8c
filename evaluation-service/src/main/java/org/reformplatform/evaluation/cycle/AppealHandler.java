package org.reformplatform.evaluation.cycle;

import java.time.Clock;
import java.util.List;
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

    public Decision<Cycle> assignReviewer(CycleId cycle, DossierId dossier, String evaluator, OptionalInt expectedVersion) {
        return aggregates.handle(Cycle.TYPE, cycle, new AssignAppealReviewer(dossier, evaluator,
                register.find(evaluator).map(RegisteredEvaluator::kind).orElse(null), clock.instant()), expectedVersion);
    }

    public Decision<Cycle> score(CycleId cycle, DossierId dossier, String evaluator, List<IndicatorScore> scores, OptionalInt expectedVersion) {
        return aggregates.handle(Cycle.TYPE, cycle, new ScoreAppeal(dossier, evaluator, scores, clock.instant()), expectedVersion);
    }
}
