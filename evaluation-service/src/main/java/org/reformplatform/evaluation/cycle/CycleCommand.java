package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.eventsourcing.domain.conflict.ConflictCheck;

/** What institutions, operators and evaluators ask of an evaluation cycle. */
public sealed interface CycleCommand {

    /**
     * Opens a cycle under the scheme's version {@code schemeVersion}, whose tracks it copies: a later
     * revision of the scheme does not reach it.
     *
     * @param pilot the pilot the cycle belongs to and whether the institution is a member; null for none
     */
    record OpenCycle(CycleId id, SchemeId schemeId, int schemeVersion, String institution, String name, List<Track> tracks,
            PilotMembership pilot, CycleTimetable timetable, LocalDate today, Instant at) implements CycleCommand {
    }

    /** A dossier with its evidence, on the region's day {@code today} (the handler reads the calendar). */
    record SubmitDossier(DossierId dossierId, ResearcherId researcherId, String track, OutcomeUse use, List<String> evidence, LocalDate today,
            Instant at) implements CycleCommand {
    }

    /** The dossier deadline is over ({@code evaluation.CycleDossiersDue}): no more dossiers, the cycle moves to scoring. */
    record CloseDossiers(LocalDate today, Instant at) implements CycleCommand {
    }

    /** The scoring deadline is over ({@code evaluation.CycleScoringDue}): the sheets still owed are flagged overdue. */
    record FlagScoringOverdue(LocalDate today, Instant at) implements CycleCommand {
    }

    /** Declared by the evaluator, or by the institution or an operator on their behalf. */
    record DeclareConflict(String evaluator, ResearcherId researcherId, String reason, Instant at) implements CycleCommand {
    }

    /**
     * {@code kind}: the evaluator's kind in the register of evaluators, null when they are not registered. {@code relations}:
     * what the handler found of the evaluator's relations with the researcher (the same institution); the cycle adds the
     * declared conflicts it holds and refuses an evaluator with any relation found.
     */
    record AssignEvaluator(DossierId dossierId, String evaluator, EvaluatorKind kind, Instant at, ConflictCheck relations)
            implements CycleCommand {

        public AssignEvaluator {
            relations = relations == null ? ConflictCheck.none(evaluator) : relations;
        }

        /** An assignment checked against declared conflicts only. */
        public AssignEvaluator(DossierId dossierId, String evaluator, EvaluatorKind kind, Instant at) {
            this(dossierId, evaluator, kind, at, null);
        }
    }

    /** An evaluator's score sheet for a dossier: one value per indicator of its track. */
    record RecordScores(DossierId dossierId, String evaluator, List<IndicatorScore> scores, Instant at) implements CycleCommand {
    }

    /**
     * Concludes the cycle. {@code withWhatItHas}: an operator concludes after the scoring deadline
     * with the score sheets recorded; a dossier without any sheet is {@code NOT_EVALUATED}.
     * {@code evidence}: the evidence on each dossier's researcher's record now, which the tracks weigh;
     * {@code appealsUntil}: the last day the outcomes may be appealed ({@link AppealPolicy}), null for none.
     */
    record ConcludeCycle(boolean withWhatItHas, Map<ResearcherId, List<DossierEvidence>> evidence, LocalDate appealsUntil, Instant at)
            implements CycleCommand {

        public ConcludeCycle {
            evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        }

        /** Concluded without an appeal window. */
        public ConcludeCycle(boolean withWhatItHas, Map<ResearcherId, List<DossierEvidence>> evidence, Instant at) {
            this(withWhatItHas, evidence, null, at);
        }

        /** Concluded without evidence from the researchers' records, nor an appeal window. */
        public ConcludeCycle(boolean withWhatItHas, Instant at) {
            this(withWhatItHas, Map.of(), null, at);
        }
    }

    /**
     * The researcher's institution appeals a dossier's outcome, with its reasons, on {@code today}
     * (the region's day), by the cycle's appeal window.
     */
    record FileAppeal(DossierId dossierId, String reasons, LocalDate today, Instant at) implements CycleCommand {
    }

    /**
     * An evaluator of the second panel; {@code kind}: theirs in the register, null when they are not registered;
     * {@code relations}: as for {@link AssignEvaluator}.
     */
    record AssignAppealReviewer(DossierId dossierId, String evaluator, EvaluatorKind kind, Instant at, ConflictCheck relations)
            implements CycleCommand {

        public AssignAppealReviewer {
            relations = relations == null ? ConflictCheck.none(evaluator) : relations;
        }

        /** A second-panel evaluator checked against declared conflicts only. */
        public AssignAppealReviewer(DossierId dossierId, String evaluator, EvaluatorKind kind, Instant at) {
            this(dossierId, evaluator, kind, at, null);
        }
    }

    /** A second-panel evaluator's score sheet for the appealed dossier. */
    record ScoreAppeal(DossierId dossierId, String evaluator, List<IndicatorScore> scores, Instant at) implements CycleCommand {
    }
}
