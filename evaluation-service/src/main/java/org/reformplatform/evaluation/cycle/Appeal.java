package org.reformplatform.evaluation.cycle;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.Track;

/**
 * An appeal of a dossier's outcome by the researcher's institution, with its reasons: a second panel
 * of evaluators, none of them on the first panel, scores the dossier again; once all of it has
 * scored, the appeal is decided: {@code UPHELD} when the second panel's total gives the same result,
 * else {@code REVISED} with the second panel's total and result.
 *
 * @param original the outcome appealed
 */
public record Appeal(String reasons, Instant filedAt, Map<String, EvaluatorKind> panel, Map<String, List<IndicatorScore>> sheets,
        AppealDecision decision, Dossier.Outcome original) {

    public enum AppealDecision { UPHELD, REVISED }

    public boolean decided() {
        return decision != null;
    }

    public long onPanelOfKind(EvaluatorKind kind) {
        return panel.values().stream().filter(k -> k == kind).count();
    }

    /** As many of each kind as the track requires, and every one of them has scored. */
    public boolean complete(Track track) {
        return track.evaluators().stream().allMatch(r -> onPanelOfKind(r.kind()) == r.count()) && sheets.keySet().containsAll(panel.keySet());
    }

    Appeal withReviewer(String evaluator, EvaluatorKind kind) {
        Map<String, EvaluatorKind> copy = new LinkedHashMap<>(panel);
        copy.put(evaluator, kind);
        return new Appeal(reasons, filedAt, copy, sheets, decision, original);
    }

    Appeal withSheet(String evaluator, List<IndicatorScore> scores) {
        Map<String, List<IndicatorScore>> copy = new LinkedHashMap<>(sheets);
        copy.put(evaluator, List.copyOf(scores));
        return new Appeal(reasons, filedAt, panel, copy, decision, original);
    }

    Appeal decided(AppealDecision newDecision) {
        return new Appeal(reasons, filedAt, panel, sheets, newDecision, original);
    }
}
