package org.reformplatform.evaluation.cycle;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cycle's progress from the read model: dossiers, assignments and scores outstanding, in total and per track. */
@Schema(name = "CycleProgress")
public record CycleProgress(
        UUID cycleId,
        String status,
        long dossiers,
        @Schema(description = "Evaluator places the tracks require, over all dossiers") long evaluatorsRequired,
        long evaluatorsAssigned,
        @Schema(description = "Required evaluator places not filled yet") long evaluatorsToAssign,
        long scoresRecorded,
        @Schema(description = "Assigned evaluators who have not scored yet") long scoresOutstanding,
        List<TrackProgress> tracks) {

    @Schema(name = "TrackProgress")
    public record TrackProgress(String track, long dossiers, long evaluatorsRequired, long evaluatorsAssigned, long evaluatorsToAssign,
            long scoresRecorded, long scoresOutstanding) {
    }

    static CycleProgress of(CycleSummary cycle, List<DossierProgress> dossiers) {
        List<TrackProgress> tracks = dossiers.stream().map(d -> d.track).distinct().sorted()
                .map(track -> totals(track, dossiers.stream().filter(d -> d.track.equals(track)).toList())).toList();
        TrackProgress all = totals(null, dossiers);
        return new CycleProgress(cycle.id, cycle.status.name().toLowerCase(), all.dossiers(), all.evaluatorsRequired(), all.evaluatorsAssigned(),
                all.evaluatorsToAssign(), all.scoresRecorded(), all.scoresOutstanding(), tracks);
    }

    private static TrackProgress totals(String track, List<DossierProgress> dossiers) {
        long required = 0;
        long assigned = 0;
        long toAssign = 0;
        long scored = 0;
        for (DossierProgress d : dossiers) {
            required += d.requiredEvaluators;
            assigned += d.assigned;
            toAssign += Math.max(0, d.requiredEvaluators - d.assigned);
            scored += d.scored;
        }
        return new TrackProgress(track, dossiers.size(), required, assigned, toAssign, scored, assigned - scored);
    }
}
