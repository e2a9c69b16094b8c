package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reformplatform.evaluation.scheme.Track;
import org.reformplatform.eventsourcing.domain.ScoreCalibration;

/**
 * Calibrated scores of a cycle: each evaluator's habit (severity or leniency) estimated from the
 * dossiers they scored together with others, and taken out of the totals. The model is the
 * platform's ({@link ScoreCalibration}, in the kernel, shared with admissions); this class only
 * feeds it the cycle's sheets.
 *
 * <p>An evaluator's sheet alone gives a total on the 0–100 scale ({@code s(e,d)}, by the track's
 * weights): that is the matrix calibrated, with offsets taken in full after {@code K} = {@value #K}
 * shared dossiers. Five is the usual size of a panel's load in the pilots' cycles, so a regular
 * evaluator is fully calibrated within one cycle. A dossier's calibrated total is its raw weighted
 * total less the mean offset of the evaluators whose sheets count, within 0..100, half-up to two
 * decimals.
 *
 * <p>Deterministic and replayable: computed from the cycle's state (its events), so the order in
 * which sheets arrived does not matter. The outcomes are graded on the raw totals; calibrated totals
 * are shown beside them.
 */
public final class Calibration {

    /** Comparisons after which an evaluator's offset is taken in full. */
    public static final int K = 5;

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
        Map<DossierId, Map<String, BigDecimal>> matrix = new TreeMap<>(BY_UUID);
        for (Dossier dossier : cycle.dossiers().values()) {
            Track track = cycle.track(dossier.track()).orElseThrow();
            Map<String, BigDecimal> totals = new TreeMap<>();
            dossier.sheets().forEach((evaluator, sheet) -> totals.put(evaluator, sheetTotal(track, sheet)));
            matrix.put(dossier.id(), totals);
        }
        ScoreCalibration.Result<String, Key> model = ScoreCalibration.of(keyed(matrix), K);
        Map<String, EvaluatorOffset> offsets = new TreeMap<>();
        model.offsets().forEach((evaluator, o) -> offsets.put(evaluator, new EvaluatorOffset(evaluator, o.comparisons(),
                o.meanDeviation().setScale(2, RoundingMode.HALF_UP), o.offset())));
        Map<DossierId, BigDecimal> calibrated = new TreeMap<>(BY_UUID);
        model.meanOffsets().forEach((key, meanOffset) -> {
            Dossier dossier = cycle.dossier(key.id()).orElseThrow();
            BigDecimal raw = WeightedScoring.total(cycle.track(dossier.track()).orElseThrow(), dossier);
            calibrated.put(key.id(), raw.subtract(meanOffset).max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP));
        });
        return new Result(Collections.unmodifiableMap(offsets), Collections.unmodifiableMap(calibrated));
    }

    private static final Comparator<DossierId> BY_UUID = Comparator.comparing(DossierId::value);

    /** A dossier as a key the kernel can order. */
    private record Key(DossierId id) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return BY_UUID.compare(id, other.id);
        }
    }

    private static Map<Key, Map<String, BigDecimal>> keyed(Map<DossierId, Map<String, BigDecimal>> matrix) {
        Map<Key, Map<String, BigDecimal>> keyed = new TreeMap<>();
        matrix.forEach((id, totals) -> keyed.put(new Key(id), totals));
        return keyed;
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
        return total.setScale(ScoreCalibration.SCALE, RoundingMode.HALF_UP);
    }
}
