package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvidenceWeight;
import org.reformplatform.evaluation.scheme.Indicator;
import org.reformplatform.evaluation.scheme.Track;

/**
 * How a cycle's dossiers become outcomes.
 *
 * <ol>
 * <li>Each value is put on a 0–100 scale (value / maximum × 100), so that marks out of 10 and
 * points up to a cap of 40 weigh alike.</li>
 * <li>Per indicator, the mean over the dossier's evaluators; the total is the sum of the means
 * times their weights (which add up to 1), rounded half-up to two decimals.</li>
 * <li>At or above the excellent mark: EXCELLENT; at or above the pass mark: PASSED; else NOT_PASSED.</li>
 * <li>In a competitive track (one with a post plan), the passing dossiers are ranked by total, ties
 * by order of submission; those ranked beyond the number of posts are NOT_SELECTED.</li>
 * <li>A dossier without any score sheet (a cycle concluded after its scoring deadline with what it
 * had) is NOT_EVALUATED; one with some of its sheets is graded on those.</li>
 * </ol>
 *
 * <p>A track that weighs evidence ({@link EvidenceWeight}) adds to the weighted total of an evaluated
 * dossier the points of the evidence on its researcher's record: per kind, {@code pointsEach} per
 * piece in the evidence's fixed order until the kind's cap is reached; the total stays at most 100.
 * Grading and ranking use the total with evidence; the outcome shows the total of the indicators and
 * each piece's contribution.
 */
public final class WeightedScoring {

    private WeightedScoring() {
    }

    /** The weighted total of one dossier's score sheets under its track. */
    public static BigDecimal total(Track track, Dossier dossier) {
        return total(track, dossier.sheets());
    }

    /** The weighted total of some score sheets under a track. */
    public static BigDecimal total(Track track, Map<String, List<IndicatorScore>> scoreSheets) {
        BigDecimal total = BigDecimal.ZERO;
        for (Indicator indicator : track.indicators()) {
            BigDecimal sum = BigDecimal.ZERO;
            int sheets = 0;
            for (List<IndicatorScore> sheet : scoreSheets.values()) {
                for (IndicatorScore score : sheet) {
                    if (score.indicator().equals(indicator.code())) {
                        sum = sum.add(indicator.normalise(score.value()));
                        sheets++;
                    }
                }
            }
            if (sheets > 0) {
                BigDecimal mean = sum.divide(BigDecimal.valueOf(sheets), 6, RoundingMode.HALF_UP);
                total = total.add(mean.multiply(indicator.weight()));
            }
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * What each piece of evidence adds under the track: nothing when the track weighs no evidence (then
     * no contribution is listed), else each piece listed with its points (0 for a kind the track does
     * not weigh or whose cap is reached).
     */
    public static List<EvidenceContribution> contributions(Track track, List<DossierEvidence> evidence) {
        if (track.evidenceWeights().isEmpty()) {
            return List.of();
        }
        Map<Object, BigDecimal> counted = new LinkedHashMap<>();
        List<EvidenceContribution> contributions = new ArrayList<>();
        for (DossierEvidence piece : evidence) {
            BigDecimal points = track.evidenceWeight(piece.kind()).map(weight -> {
                BigDecimal sofar = counted.getOrDefault(weight.kind(), BigDecimal.ZERO);
                BigDecimal added = weight.pointsEach().min(weight.cap().subtract(sofar)).max(BigDecimal.ZERO);
                counted.put(weight.kind(), sofar.add(added));
                return added;
            }).orElse(BigDecimal.ZERO);
            contributions.add(new EvidenceContribution(piece.kind(), piece.source(), piece.description(), points.setScale(2, RoundingMode.HALF_UP)));
        }
        return List.copyOf(contributions);
    }

    /** The total with the evidence's contributions, at most 100. */
    static BigDecimal withEvidence(BigDecimal indicatorTotal, List<EvidenceContribution> contributions) {
        BigDecimal total = indicatorTotal;
        for (EvidenceContribution c : contributions) {
            total = total.add(c.points());
        }
        return total.min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** The outcome of every dossier of the cycle, in order of submission, without evidence. */
    public static Map<DossierId, Dossier.Outcome> outcomes(Cycle cycle) {
        return outcomes(cycle, Map.of());
    }

    /** The outcome of every dossier of the cycle, in order of submission, with the evidence on its researcher's record. */
    public static Map<DossierId, Dossier.Outcome> outcomes(Cycle cycle, Map<ResearcherId, List<DossierEvidence>> evidence) {
        Map<DossierId, Dossier.Outcome> outcomes = new LinkedHashMap<>();
        Map<String, List<Dossier>> passingByTrack = new LinkedHashMap<>();
        List<Dossier> inOrder = cycle.dossiersInOrder();
        Map<DossierId, BigDecimal> totals = new LinkedHashMap<>();
        for (Dossier dossier : inOrder) {
            Track track = cycle.track(dossier.track()).orElseThrow();
            BigDecimal indicatorTotal = total(track, dossier);
            boolean evaluated = !dossier.sheets().isEmpty();
            List<EvidenceContribution> contributions = evaluated
                    ? contributions(track, evidence.getOrDefault(dossier.researcherId(), List.of())) : List.of();
            BigDecimal total = withEvidence(indicatorTotal, contributions);
            totals.put(dossier.id(), total);
            OutcomeResult result = evaluated ? grade(track, total) : OutcomeResult.NOT_EVALUATED;
            outcomes.put(dossier.id(), new Dossier.Outcome(total, result, null, indicatorTotal, contributions));
            if (track.competitive() && result.grantsUse()) {
                passingByTrack.computeIfAbsent(track.code(), k -> new ArrayList<>()).add(dossier);
            }
        }
        passingByTrack.forEach((trackCode, passing) -> {
            int posts = cycle.track(trackCode).orElseThrow().posts();
            passing.sort(Comparator.comparing((Dossier d) -> totals.get(d.id())).reversed().thenComparingInt(Dossier::seq));
            for (int i = 0; i < passing.size(); i++) {
                Dossier dossier = passing.get(i);
                Dossier.Outcome graded = outcomes.get(dossier.id());
                int rank = i + 1;
                outcomes.put(dossier.id(), new Dossier.Outcome(graded.total(), rank <= posts ? graded.result() : OutcomeResult.NOT_SELECTED, rank,
                        graded.indicatorTotal(), graded.evidence()));
            }
        });
        return outcomes;
    }

    /**
     * The outcome the appeal's second panel gives the dossier: its sheets' total with the original's
     * evidence contributions, graded; in a competitive track a passing total is ranked among the
     * cycle's other passing outcomes (ties by order of submission) and is NOT_SELECTED beyond the
     * posts. Other dossiers keep their outcomes: an appeal does not take a post from anyone.
     */
    static Dossier.Outcome onAppeal(Cycle cycle, Dossier dossier, Appeal appeal) {
        Track track = cycle.track(dossier.track()).orElseThrow();
        BigDecimal indicatorTotal = total(track, appeal.sheets());
        BigDecimal total = withEvidence(indicatorTotal, appeal.original().evidence());
        OutcomeResult result = grade(track, total);
        Integer rank = null;
        if (track.competitive() && result.grantsUse()) {
            long ahead = cycle.dossiersInOrder().stream()
                    .filter(other -> !other.id().equals(dossier.id()) && other.track().equals(track.code()) && other.outcome() != null
                            && other.outcome().rank() != null)
                    .filter(other -> other.outcome().total().compareTo(total) > 0
                            || other.outcome().total().compareTo(total) == 0 && other.seq() < dossier.seq())
                    .count();
            rank = (int) ahead + 1;
            if (rank > track.posts()) {
                result = OutcomeResult.NOT_SELECTED;
            }
        }
        return new Dossier.Outcome(total, result, rank, indicatorTotal, appeal.original().evidence());
    }

    static OutcomeResult grade(Track track, BigDecimal total) {
        if (track.excellentMark() != null && total.compareTo(track.excellentMark()) >= 0) {
            return OutcomeResult.EXCELLENT;
        }
        return total.compareTo(track.passMark()) >= 0 ? OutcomeResult.PASSED : OutcomeResult.NOT_PASSED;
    }
}
