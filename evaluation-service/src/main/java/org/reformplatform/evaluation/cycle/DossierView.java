package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.Track;

/**
 * A dossier as the API shows it: with its track's indicators (what to score), its evidence, the
 * assignments and the score sheets the caller may see (an evaluator sees only their own).
 */
@Schema(name = "Dossier")
public record DossierView(
        UUID id,
        UUID cycleId,
        String institution,
        UUID researcherId,
        Track track,
        OutcomeUse use,
        List<String> evidence,
        Instant submittedAt,
        List<AssignmentLine> assignments,
        List<Sheet> scoreSheets,
        @Schema(description = "Once the cycle is concluded; after a revised appeal, the revised outcome") DossierOutcome outcome,
        @Schema(description = "The appeal of the outcome, if any") AppealView appeal) {

    /**
     * The outcome the conclusion determined: weighted total (0–100, with evidence), result, and rank in
     * a competitive track; the indicators' total alone and what each piece of evidence added.
     */
    @Schema(name = "DossierOutcome")
    public record DossierOutcome(java.math.BigDecimal total, OutcomeResult result, Integer rank,
            @Schema(description = "The weighted total of the indicators alone, before evidence") java.math.BigDecimal indicatorTotal,
            @Schema(description = "What each piece of evidence on the researcher's record added under the track's evidence weights")
            List<EvidenceContribution> evidence) {
    }

    @Schema(name = "DossierAssignment")
    public record AssignmentLine(String evaluator, EvaluatorKind kind, boolean scored) {
    }

    @Schema(name = "ScoreSheet")
    public record Sheet(String evaluator, List<IndicatorScore> scores) {
    }

    static DossierView of(Cycle cycle, Dossier dossier, Predicate<String> maySee) {
        List<AssignmentLine> assignments = dossier.assignments().entrySet().stream().filter(e -> maySee.test(e.getKey()))
                .map(e -> new AssignmentLine(e.getKey(), e.getValue(), dossier.hasScored(e.getKey()))).toList();
        List<Sheet> sheets = dossier.sheets().entrySet().stream().filter(e -> maySee.test(e.getKey()))
                .map(e -> new Sheet(e.getKey(), e.getValue())).toList();
        return new DossierView(dossier.id().value(), cycle.id().value(), cycle.institution(), dossier.researcherId().value(),
                cycle.track(dossier.track()).orElseThrow(), dossier.use(), dossier.evidence(), dossier.submittedAt(), assignments, sheets,
                dossier.outcome() == null ? null
                        : new DossierOutcome(dossier.outcome().total(), dossier.outcome().result(), dossier.outcome().rank(),
                                dossier.outcome().indicatorTotal(), dossier.outcome().evidence()),
                AppealView.of(dossier.appeal(), maySee));
    }
}
