package org.reformplatform.evaluation.cycle;

import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.cycle.CycleCommand.RecordScores;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** An evaluator's score sheet for a dossier assigned to them. */
@ApplicationScoped
public class RecordScoresHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Cycle> handle(CycleId cycle, DossierId dossier, String evaluator, List<IndicatorScore> scores, OptionalInt expectedVersion) {
        return aggregates.handle(Cycle.TYPE, cycle, new RecordScores(dossier, evaluator, scores, clock.instant()), expectedVersion);
    }
}
