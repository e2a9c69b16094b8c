package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reformplatform.evaluation.scheme.Track;

/**
 * Calibrated scores of a cycle: each evaluator's habit (severity or leniency) estimated from the
 * dossiers they scored together with others, and taken out of the totals.
 *
 * <p>The model. An evaluator's sheet alone gives a total on the 0–100 scale ({@code s(e,d)}, by the
 * track's weights). Where a dossier has other sheets, the evaluator's deviation on it is
 * {@code s(e,d)} minus the mean of the others' totals. The evaluator's offset is the mean of their
 * {@code n} deviations, shrunk toward zero while {@code n} is small:
 * {@code offset = mean(deviation) × min(1, n / K)}, {@code K} = {@value #K}. A dossier's calibrated
 * total is its raw total minus the mean offset of the evaluators whose sheets count, within 0..100,
 * half-up to two decimals.
 *
 * <p>Why. The mean deviation from the others is what a harsh or lenient habit adds to every score;
 * an evaluator seen on one or two dossiers may simply have disagreed about those, so their estimate
 * is trusted only in part (one comparison: a fifth). Shrinking linearly up to {@code K} comparisons
 * and not at all beyond (rather than {@code n/(n+k)}, which never reaches 1) means that a constant an
 * evaluator adds to all their scores is taken out exactly once they have scored {@code K} shared
 * dossiers: their calibrated sheets do not move. Five is the usual size of a panel's load in the
 * pilots' cycles, so a regular evaluator is fully calibrated within one cycle. In a cycle where every
 * evaluator scores every dossier the offsets cancel in each dossier's mean and the calibrated total
 * is the raw one: calibration only corrects who happened to score what.
 *
 * <p>Deterministic and replayable: computed from the cycle's state (its events) with exact decimal
 * sums over evaluators and dossiers in a fixed order, so the order in which sheets arrived does not
 * matter. The outcomes are graded on the raw totals; calibrated totals are shown beside them.
 */
public final class Calibration {

    /** Comparisons after which an evaluator's offset is taken in full. */
    public static final int K = 5;

    private static final int SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * One evaluator's habit: shared dossiers compared, the mean deviation (two decimals), and the offset taken out (six
     * decimals, rounded only where shown, so that a constant habit is taken out exactly).
     */
    public record EvaluatorOffset(String evaluator, int comparisons, BigDecimal meanDeviation, BigDecimal offset) {
    }

    /** The calibration of a cycle: offsets by evaluator, calibrated totals by dossier (scored dossiers only). */
    public record Result(Map<String, EvaluatorOffset> offsets, Map<DossierId, BigDecimal> calibratedTotals) {
    }

    private Calibration() {
    }

    public static Result of(Cycle cycle) {
        // s(e,d) per dossier, evaluators in a fixed order.
        Map<String, Map<String, BigDecimal>> byDossier = new TreeMap<>();
        Map<String, Dossier> dossiers = new TreeMap<>();
        for (Dossier dossier : cycle.dossiers().values()) {
            if (dossier.sheets().isEmpty()) {
                continue;
            }
            Track track = cycle.track(dossier.track()).orElseThrow();
            Map<String, BigDecimal> totals = new TreeMap<>();
            dossier.sheets().forEach((evaluator, sheet) -> totals.put(evaluator, sheetTotal(track, sheet)));
            String key = dossier.id().value().toString();
            byDossier.put(key, totals);
            dossiers.put(key, dossier);
        }
        Map<String, List<BigDecimal>> deviations = new TreeMap<>();
        byDossier.forEach((dossier, totals) -> {
            if (totals.size() < 2) {
                totals.keySet().forEach(e -> deviations.computeIfAbsent(e, x -> new ArrayList<>()));
                return;
            }
            BigDecimal sum = totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal others = BigDecimal.valueOf(totals.size() - 1);
            totals.forEach((evaluator, total) -> {
                BigDecimal meanOfOthers = sum.subtract(total).divide(others, SCALE, RoundingMode.HALF_UP);
                deviations.computeIfAbsent(evaluator, x -> new ArrayList<>()).add(total.subtract(meanOfOthers));
            });
        });
        Map<String, EvaluatorOffset> offsets = new TreeMap<>();
        deviations.forEach((evaluator, list) -> {
            int n = list.size();
            if (n == 0) {
                offsets.put(evaluator, new EvaluatorOffset(evaluator, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
                return;
            }
            BigDecimal mean = list.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_UP);
            BigDecimal shrink = n >= K ? BigDecimal.ONE : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(K), SCALE, RoundingMode.HALF_UP);
            offsets.put(evaluator, new EvaluatorOffset(evaluator, n, mean.setScale(2, RoundingMode.HALF_UP),
                    mean.multiply(shrink).setScale(SCALE, RoundingMode.HALF_UP)));
        });
        Map<DossierId, BigDecimal> calibrated = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        dossiers.forEach((key, dossier) -> {
            Track track = cycle.track(dossier.track()).orElseThrow();
            BigDecimal raw = WeightedScoring.total(track, dossier);
            BigDecimal offsetSum = byDossier.get(key).keySet().stream().map(e -> offsets.get(e).offset()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal meanOffset = offsetSum.divide(BigDecimal.valueOf(byDossier.get(key).size()), SCALE, RoundingMode.HALF_UP);
            calibrated.put(dossier.id(), raw.subtract(meanOffset).max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP));
        });
        return new Result(Collections.unmodifiableMap(offsets), Collections.unmodifiableMap(calibrated));
    }

    /** An evaluator's calibrated total for one dossier: their sheet's total less their offset, two decimals. */
    public static BigDecimal calibratedSheet(Cycle cycle, Dossier dossier, String evaluator) {
        Track track = cycle.track(dossier.track()).orElseThrow();
        Result result = of(cycle);
        return sheetTotal(track, dossier.sheets().get(evaluator)).subtract(result.offsets().get(evaluator).offset()).setScale(2, RoundingMode.HALF_UP);
    }

    /** The total one sheet alone gives under the track (0–100), unrounded. */
    static BigDecimal sheetTotal(Track track, List<IndicatorScore> sheet) {
        BigDecimal total = BigDecimal.ZERO;
        for (IndicatorScore score : sheet) {
            total = total.add(track.indicator(score.indicator()).map(i -> i.normalise(score.value()).multiply(i.weight())).orElse(BigDecimal.ZERO));
        }
        return total.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
