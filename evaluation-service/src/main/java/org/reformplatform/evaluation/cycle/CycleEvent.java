package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.reformplatform.evaluation.pilot.PilotId;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens in an evaluation cycle. Published on {@code evaluation.events}. */
public sealed interface CycleEvent {

    CycleId cycleId();

    /** With the tracks of the scheme version it keeps; {@code pilotId} is null outside a pilot. */
    /** {@code dossiersUntil} and {@code scoresUntil}: its {@link CycleTimetable}, both null for a cycle opened without one. */
    record CycleOpened(CycleId cycleId, SchemeId schemeId, int schemeVersion, String institution, @NotPersonalData("the name of an evaluation cycle") String name, PilotId pilotId,
            List<Track> tracks, Instant openedAt, LocalDate dossiersUntil, LocalDate scoresUntil) implements CycleEvent {
    }

    /** The dossier deadline passed: the cycle takes no more dossiers and is scored. */
    record DossiersClosed(CycleId cycleId, String institution, LocalDate dossiersUntil, int dossiers, Instant closedAt) implements CycleEvent {
    }

    /** The scoring deadline passed with these sheets still owed (perhaps none); an operator may conclude with what the cycle has. */
    record ScoringOverdue(CycleId cycleId, String institution, LocalDate scoresUntil, List<OutstandingSheet> outstanding, Instant flaggedAt)
            implements CycleEvent {
    }

    record DossierSubmitted(CycleId cycleId, DossierId dossierId, ResearcherId researcherId, String institution, String track,
            OutcomeUse use, List<String> evidence, Instant submittedAt) implements CycleEvent {
    }

    record ConflictDeclared(CycleId cycleId, String evaluator, ResearcherId researcherId, String reason, Instant declaredAt)
            implements CycleEvent {
    }

    record EvaluatorAssigned(CycleId cycleId, DossierId dossierId, String evaluator, EvaluatorKind kind, Instant assignedAt)
            implements CycleEvent {
    }

    /**
     * Before {@code evaluator} was assigned to the dossier, every relation with its researcher the service holds was checked
     * and none found (one found refuses the assignment, and nothing is written): what operators read. With {@link EvaluatorAssigned}.
     */
    record EvaluatorRelationsChecked(CycleId cycleId, DossierId dossierId, String evaluator, List<RelationCheck> checks, Instant checkedAt)
            implements CycleEvent {
    }

    /** An assignment ended, e.g. by a conflict declared after it; any scores the evaluator gave no longer count. */
    record AssignmentWithdrawn(CycleId cycleId, DossierId dossierId, String evaluator, String reason, boolean scoresDiscarded,
            Instant withdrawnAt) implements CycleEvent {
    }

    record ScoresRecorded(CycleId cycleId, DossierId dossierId, String evaluator, List<IndicatorScore> scores, Instant recordedAt)
            implements CycleEvent {
    }

    /**
     * A dossier's outcome: its weighted total (0–100), the result, whether that grants the use it was
     * submitted for, and its rank among the passing dossiers of a competitive track (else null).
     * {@code indicatorTotal}: the total of the indicators alone; {@code evidence}: what each piece of
     * evidence on the researcher's record added under the track's evidence weights (empty when the
     * track weighs none). Both absent in outcomes determined before tracks weighed evidence.
     */
    record OutcomeDetermined(CycleId cycleId, DossierId dossierId, ResearcherId researcherId, String institution, String track,
            OutcomeUse use, BigDecimal total, OutcomeResult result, boolean useGranted, Integer rank, Instant determinedAt,
            BigDecimal indicatorTotal, List<EvidenceContribution> evidence) implements CycleEvent {

        /** An outcome without evidence: the total is the indicators'. */
        public OutcomeDetermined(CycleId cycleId, DossierId dossierId, ResearcherId researcherId, String institution, String track,
                OutcomeUse use, BigDecimal total, OutcomeResult result, boolean useGranted, Integer rank, Instant determinedAt) {
            this(cycleId, dossierId, researcherId, institution, track, use, total, result, useGranted, rank, determinedAt, total, List.of());
        }
    }

    /** {@code appealsUntil}: the last day its outcomes may be appealed; absent (no appeal) for cycles concluded before appeals. */
    record CycleConcluded(CycleId cycleId, int dossiers, Instant concludedAt, LocalDate appealsUntil) implements CycleEvent {

        public CycleConcluded(CycleId cycleId, int dossiers, Instant concludedAt) {
            this(cycleId, dossiers, concludedAt, null);
        }
    }

    /** The researcher's institution appealed the dossier's outcome. */
    record AppealFiled(CycleId cycleId, DossierId dossierId, ResearcherId researcherId, String institution, String reasons,
            LocalDate appealsUntil, Instant filedAt) implements CycleEvent {
    }

    /** An evaluator of the appeal's second panel: none of the first panel's. */
    record AppealReviewerAssigned(CycleId cycleId, DossierId dossierId, String evaluator, EvaluatorKind kind, Instant assignedAt)
            implements CycleEvent {
    }

    record AppealScoresRecorded(CycleId cycleId, DossierId dossierId, String evaluator, List<IndicatorScore> scores, Instant recordedAt)
            implements CycleEvent {
    }

    /**
     * The second panel has scored: {@code UPHELD} (the outcome stands: {@code total}, {@code result},
     * {@code rank} are the original's) or {@code REVISED} (they are the second panel's, with the same
     * evidence contributions). {@code panelTotal}: the second panel's total either way.
     */
    record AppealDecided(CycleId cycleId, DossierId dossierId, ResearcherId researcherId, String institution, String track, OutcomeUse use,
            Appeal.AppealDecision decision, BigDecimal originalTotal, OutcomeResult originalResult, BigDecimal panelTotal, BigDecimal total,
            OutcomeResult result, boolean useGranted, Integer rank, Instant decidedAt) implements CycleEvent {
    }
}
