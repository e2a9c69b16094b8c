package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.util.List;

import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.Track;

/** What institutions, operators and evaluators ask of an evaluation cycle. */
public sealed interface CycleCommand {

    /**
     * Opens a cycle under the scheme's version {@code schemeVersion}, whose tracks it copies: a later
     * revision of the scheme does not reach it.
     *
     * @param pilot the pilot the cycle belongs to and whether the institution is a member; null for none
     */
    record OpenCycle(CycleId id, SchemeId schemeId, int schemeVersion, String institution, String name, List<Track> tracks,
            PilotMembership pilot, Instant at) implements CycleCommand {
    }

    record SubmitDossier(DossierId dossierId, ResearcherId researcherId, String track, OutcomeUse use, List<String> evidence, Instant at)
            implements CycleCommand {
    }

    /** Declared by the evaluator, or by the institution or an operator on their behalf. */
    record DeclareConflict(String evaluator, ResearcherId researcherId, String reason, Instant at) implements CycleCommand {
    }

    record AssignEvaluator(DossierId dossierId, String evaluator, EvaluatorKind kind, Instant at) implements CycleCommand {
    }

    /** An evaluator's score sheet for a dossier: one value per indicator of its track. */
    record RecordScores(DossierId dossierId, String evaluator, List<IndicatorScore> scores, Instant at) implements CycleCommand {
    }

    record ConcludeCycle(Instant at) implements CycleCommand {
    }
}
