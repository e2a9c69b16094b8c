package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.Track;

/** A cycle as the API shows it, current as of now. */
@Schema(name = "EvaluationCycle")
public record CycleView(
        UUID id,
        String institution,
        UUID schemeId,
        @Schema(description = "The scheme version the cycle keeps, whatever revisions followed") int schemeVersion,
        String name,
        UUID pilotId,
        @Schema(description = "open (takes dossiers), scoring (after its dossier deadline) or concluded") String status,
        @Schema(description = "The last day dossiers are taken; null: until it concludes", example = "2026-04-30") LocalDate dossiersUntil,
        @Schema(description = "The last day score sheets are owed; null: no scoring deadline", example = "2026-05-31") LocalDate scoresUntil,
        @Schema(description = "The scoring deadline passed: sheets still owed are overdue, and operators may conclude with what it has")
        boolean scoringOverdue,
        List<Track> tracks,
        List<DossierLine> dossiers,
        @Schema(description = "Once concluded: the last day its outcomes may be appealed", example = "2026-06-22") LocalDate appealsUntil,
        @Schema(description = "Each evaluator's habit in this cycle: shared dossiers compared, mean deviation from the other evaluators, "
                + "and the offset taken out of calibrated totals (see Calibration)") List<EvaluatorHabit> calibration) {

    @Schema(name = "EvaluatorHabit")
    public record EvaluatorHabit(String evaluator, int comparisons, BigDecimal meanDeviation, BigDecimal offset) {
    }

    /** One dossier in the cycle: where its evaluation stands. */
    @Schema(name = "CycleDossier")
    public record DossierLine(UUID id, UUID researcherId, String track, OutcomeUse use, int evaluatorsRequired, int evaluatorsAssigned,
            long scoresOutstanding, BigDecimal total, OutcomeResult result, Integer rank, Instant submittedAt,
            @Schema(description = "The raw weighted total of the sheets recorded so far (outcomes are graded on raw totals)") BigDecimal rawTotal,
            @Schema(description = "The same less the mean offset of its evaluators: comparable across evaluators' habits") BigDecimal calibratedTotal) {
    }

    static CycleView of(Cycle cycle) {
        Calibration.Result calibration = Calibration.of(cycle);
        List<DossierLine> dossiers = cycle.dossiersInOrder().stream().map(d -> {
            Track track = cycle.track(d.track()).orElseThrow();
            Dossier.Outcome outcome = d.outcome();
            return new DossierLine(d.id().value(), d.researcherId().value(), d.track(), d.use(), track.requiredEvaluators(),
                    d.assignments().size(), d.scoresOutstanding(), outcome == null ? null : outcome.total(),
                    outcome == null ? null : outcome.result(), outcome == null ? null : outcome.rank(), d.submittedAt(),
                    d.sheets().isEmpty() ? null : WeightedScoring.total(track, d), calibration.calibratedTotals().get(d.id()));
        }).toList();
        return new CycleView(cycle.id().value(), cycle.institution(), cycle.schemeId().value(), cycle.schemeVersion(), cycle.name(),
                cycle.pilotId() == null ? null : cycle.pilotId().value(), cycle.status().name().toLowerCase(),
                cycle.timetable() == null ? null : cycle.timetable().dossiersUntil(), cycle.timetable() == null ? null : cycle.timetable().scoresUntil(),
                cycle.scoringOverdue(), cycle.tracks(), dossiers, cycle.appealsUntil(), calibration.offsets().values().stream()
                        .map(o -> new EvaluatorHabit(o.evaluator(), o.comparisons(), o.meanDeviation(),
                                o.offset().setScale(2, java.math.RoundingMode.HALF_UP))).toList());
    }
}
