package org.reformplatform.eventsourcing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The platform's one calibration model: a reviewer × item matrix of scores becomes a severity or
 * leniency offset per reviewer and a calibrated score per item. Admissions calibrates the reviews
 * of an intake event, evaluation the score sheets of a cycle; both call this.
 *
 * <p>The model. Where an item has scores from several reviewers, a reviewer's deviation on it is
 * their score minus the mean of the others' scores. A reviewer's offset is the mean of their
 * {@code n} deviations, shrunk toward zero while {@code n} is small:
 * {@code offset = mean(deviation) × min(1, n / K)}. An item's calibrated score is the mean over its
 * reviewers of {@code score − offset(reviewer)}, i.e. its raw mean less the mean offset of its
 * reviewers. A reviewer who never shares an item with another has nothing to be compared with: no
 * offset.
 *
 * <p>Why. The mean deviation from the others is what a harsh or lenient habit adds to every score;
 * a reviewer seen on one or two items may simply have disagreed about those, so their estimate is
 * trusted only in part (one comparison of five: a fifth). Shrinking linearly up to {@code K}
 * comparisons and not at all beyond (rather than {@code n/(n+k)}, which never reaches 1) means that
 * a constant a reviewer adds to all their scores is taken out exactly once they have scored
 * {@code K} shared items: their calibrated scores do not move. Where every reviewer scores every
 * item the offsets cancel in each item's mean: calibration only corrects who happened to score what.
 *
 * <p>Exact and deterministic: sums are exact decimals, each division is rounded down to
 * {@value #SCALE} decimals, and reviewers and items are visited in their natural order, so the same
 * scores give the same result whatever order they arrived in. Callers round for display.
 */
public final class ScoreCalibration {

    /** Decimals kept by every division; results are unrounded beyond this. */
    public static final int SCALE = 6;

    /**
     * Down, toward minus infinity: unlike half-up (half away from zero, so a value's rounding depends on
     * its sign), flooring commutes with adding a constant of at most {@value #SCALE} decimals, which is
     * what makes a reviewer's constant habit come out exactly. The bias is below a millionth of a point.
     */
    private static final RoundingMode ROUNDING = RoundingMode.FLOOR;

    private ScoreCalibration() {
    }

    /**
     * One reviewer's habit: shared items compared, the mean deviation from the others on them, and
     * the offset taken out after shrinkage (both at {@value #SCALE} decimals).
     */
    public record Offset<R>(R reviewer, int comparisons, BigDecimal meanDeviation, BigDecimal offset) {
    }

    /**
     * A calibrated matrix: offsets by reviewer; by item, the raw mean, the mean offset of its
     * reviewers and the calibrated mean (raw mean less mean offset). Maps are in natural key order.
     */
    public record Result<R, I>(Map<R, Offset<R>> offsets, Map<I, BigDecimal> rawMeans, Map<I, BigDecimal> meanOffsets,
            Map<I, BigDecimal> calibratedMeans) {

        /** A reviewer's calibrated score: the score less their offset (zero for a reviewer not in the matrix). */
        public BigDecimal calibrated(R reviewer, BigDecimal score) {
            Offset<R> offset = offsets.get(reviewer);
            return offset == null ? score : score.subtract(offset.offset());
        }
    }

    /**
     * Calibrates {@code scores} (item → reviewer → score; an item without scores is ignored), taking
     * an offset in full after {@code fullWeightAfter} comparisons.
     */
    public static <R extends Comparable<? super R>, I extends Comparable<? super I>> Result<R, I> of(Map<I, ? extends Map<R, BigDecimal>> scores,
            int fullWeightAfter) {
        Rules.require(fullWeightAfter > 0, () -> RuleViolation.invalid("calibration-weight-out-of-range",
                "Offsets are taken in full after at least one comparison"));
        Map<I, Map<R, BigDecimal>> matrix = new TreeMap<>();
        scores.forEach((item, byReviewer) -> {
            if (!byReviewer.isEmpty()) {
                matrix.put(item, new TreeMap<>(byReviewer));
            }
        });
        Map<R, List<BigDecimal>> deviations = new TreeMap<>();
        matrix.forEach((item, byReviewer) -> {
            if (byReviewer.size() < 2) {
                byReviewer.keySet().forEach(r -> deviations.computeIfAbsent(r, x -> new ArrayList<>()));
                return;
            }
            BigDecimal sum = sum(byReviewer.values());
            BigDecimal others = BigDecimal.valueOf(byReviewer.size() - 1L);
            byReviewer.forEach((reviewer, score) -> {
                BigDecimal meanOfOthers = sum.subtract(score).divide(others, SCALE, ROUNDING);
                deviations.computeIfAbsent(reviewer, x -> new ArrayList<>()).add(score.subtract(meanOfOthers));
            });
        });
        Map<R, Offset<R>> offsets = new TreeMap<>();
        BigDecimal k = BigDecimal.valueOf(fullWeightAfter);
        deviations.forEach((reviewer, list) -> {
            int n = list.size();
            if (n == 0) {
                offsets.put(reviewer, new Offset<>(reviewer, 0, zero(), zero()));
                return;
            }
            BigDecimal mean = sum(list).divide(BigDecimal.valueOf(n), SCALE, ROUNDING);
            BigDecimal shrink = n >= fullWeightAfter ? BigDecimal.ONE : BigDecimal.valueOf(n).divide(k, SCALE, ROUNDING);
            offsets.put(reviewer, new Offset<>(reviewer, n, mean, mean.multiply(shrink).setScale(SCALE, ROUNDING)));
        });
        Map<I, BigDecimal> rawMeans = new TreeMap<>();
        Map<I, BigDecimal> meanOffsets = new TreeMap<>();
        Map<I, BigDecimal> calibratedMeans = new TreeMap<>();
        matrix.forEach((item, byReviewer) -> {
            BigDecimal n = BigDecimal.valueOf(byReviewer.size());
            BigDecimal raw = sum(byReviewer.values()).divide(n, SCALE, ROUNDING);
            BigDecimal meanOffset = sum(byReviewer.keySet().stream().map(r -> offsets.get(r).offset()).toList())
                    .divide(n, SCALE, ROUNDING);
            rawMeans.put(item, raw);
            meanOffsets.put(item, meanOffset);
            calibratedMeans.put(item, raw.subtract(meanOffset));
        });
        return new Result<>(Collections.unmodifiableMap(offsets), Collections.unmodifiableMap(rawMeans),
                Collections.unmodifiableMap(meanOffsets), Collections.unmodifiableMap(calibratedMeans));
    }

    /**
     * Each item's percentile among the items given, by mid-rank: {@code 100 × (below + equal / 2) / n},
     * where {@code below} counts the items with a strictly lower score, {@code equal} those with the
     * same score (the item itself included) and {@code n} all items; half-up to two decimals. Higher
     * is better; tied items share a percentile; a lone item is at 50. The same definition as a
     * mid-distribution percentile rank, so that no item is at 0 or 100 just for being first or last.
     */
    public static <I extends Comparable<? super I>> Map<I, BigDecimal> percentiles(Map<I, BigDecimal> scores) {
        List<BigDecimal> sorted = new ArrayList<>(scores.values());
        Collections.sort(sorted);
        BigDecimal n = BigDecimal.valueOf(sorted.size());
        Map<I, BigDecimal> percentiles = new TreeMap<>();
        scores.forEach((item, score) -> {
            int below = lowerBound(sorted, score);
            int equal = upperBound(sorted, score) - below;
            BigDecimal rank = BigDecimal.valueOf(below).add(BigDecimal.valueOf(equal).divide(BigDecimal.valueOf(2)));
            percentiles.put(item, rank.multiply(BigDecimal.valueOf(100)).divide(n, 2, RoundingMode.HALF_UP));
        });
        return Collections.unmodifiableMap(percentiles);
    }

    private static int lowerBound(List<BigDecimal> sorted, BigDecimal value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).compareTo(value) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(List<BigDecimal> sorted, BigDecimal value) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).compareTo(value) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
