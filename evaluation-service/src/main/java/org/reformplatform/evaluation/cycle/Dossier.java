package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.Track;

/**
 * A researcher's dossier in a cycle, under one track and for one use: its evidence, the evaluators
 * assigned to it (by subject, with their kind), the score sheet of each, and once the cycle is
 * concluded its outcome, and any appeal of it.
 *
 * @param seq the order of submission, which breaks ties in a competitive ranking
 */
public record Dossier(
        DossierId id,
        int seq,
        ResearcherId researcherId,
        String track,
        OutcomeUse use,
        List<String> evidence,
        Instant submittedAt,
        Map<String, EvaluatorKind> assignments,
        Map<String, List<IndicatorScore>> sheets,
        Outcome outcome,
        Appeal appeal) {

    /** A dossier not appealed. */
    public Dossier(DossierId id, int seq, ResearcherId researcherId, String track, OutcomeUse use, List<String> evidence, Instant submittedAt,
            Map<String, EvaluatorKind> assignments, Map<String, List<IndicatorScore>> sheets, Outcome outcome) {
        this(id, seq, researcherId, track, use, evidence, submittedAt, assignments, sheets, outcome, null);
    }

    /**
     * What the conclusion decided: the total (with evidence), the result, the rank; the total of the
     * indicators alone and what each piece of evidence added.
     */
    public record Outcome(java.math.BigDecimal total, OutcomeResult result, Integer rank, java.math.BigDecimal indicatorTotal,
            List<EvidenceContribution> evidence) {

        public Outcome {
            // Outcomes determined before tracks weighed evidence: the total was the indicators' alone.
            indicatorTotal = indicatorTotal == null ? total : indicatorTotal;
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    public long assignedOfKind(EvaluatorKind kind) {
        return assignments.values().stream().filter(k -> k == kind).count();
    }

    public boolean hasScored(String evaluator) {
        return sheets.containsKey(evaluator);
    }

    /** Evaluators assigned who have not scored yet. */
    public long scoresOutstanding() {
        return assignments.keySet().stream().filter(e -> !sheets.containsKey(e)).count();
    }

    /** Every evaluator the track requires is assigned, and every one of them has scored. */
    public boolean complete(Track of) {
        return of.evaluators().stream().allMatch(r -> assignedOfKind(r.kind()) == r.count()) && scoresOutstanding() == 0;
    }

    Dossier withAssignments(Map<String, EvaluatorKind> newAssignments, Map<String, List<IndicatorScore>> newSheets) {
        return new Dossier(id, seq, researcherId, track, use, evidence, submittedAt, newAssignments, newSheets, outcome, appeal);
    }

    /** On the first panel: assigned, or scored. */
    public boolean onFirstPanel(String evaluator) {
        return assignments.containsKey(evaluator) || sheets.containsKey(evaluator);
    }

    Dossier withAppeal(Appeal newAppeal) {
        return new Dossier(id, seq, researcherId, track, use, evidence, submittedAt, assignments, sheets, outcome, newAppeal);
    }

    Dossier assign(String evaluator, EvaluatorKind kind) {
        Map<String, EvaluatorKind> copy = new LinkedHashMap<>(assignments);
        copy.put(evaluator, kind);
        return withAssignments(copy, sheets);
    }

    Dossier withdraw(String evaluator) {
        Map<String, EvaluatorKind> copy = new LinkedHashMap<>(assignments);
        copy.remove(evaluator);
        Map<String, List<IndicatorScore>> sheetsCopy = new LinkedHashMap<>(sheets);
        sheetsCopy.remove(evaluator);
        return withAssignments(copy, sheetsCopy);
    }

    Dossier score(String evaluator, List<IndicatorScore> scores) {
        Map<String, List<IndicatorScore>> copy = new LinkedHashMap<>(sheets);
        copy.put(evaluator, List.copyOf(scores));
        return withAssignments(assignments, copy);
    }

    Dossier concluded(Outcome newOutcome) {
        return new Dossier(id, seq, researcherId, track, use, evidence, submittedAt, assignments, sheets, newOutcome, appeal);
    }
}
