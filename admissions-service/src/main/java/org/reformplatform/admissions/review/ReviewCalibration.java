package org.reformplatform.admissions.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.eventsourcing.domain.ScoreCalibration;

/**
 * Calibrated totals within one intake event: the platform's model ({@link ScoreCalibration}) over
 * the event's reviews (application × reviewer totals, 0–100), offsets taken in full after
 * {@value #K} shared applications (a panel of three reviews a few dozen applications in an event,
 * so a regular reviewer is fully calibrated well within it; one seen on one or two is trusted in part).
 *
 * <p>For each application with reviews: the raw mean total (as the policy computes it); the
 * calibrated mean total, the mean of the reviewers' calibrated totals (each total less its
 * reviewer's offset, within 0..100, two decimals: exactly what the policy reads on calibrated
 * scores); and its percentile within the event, by mid-rank on the totals the event's policy reads:
 * {@code 100 × (below + equal / 2) / n}, where {@code below} counts the event's reviewed applications
 * with a strictly lower mean, {@code equal} those with the same mean (itself included) and {@code n}
 * all the event's reviewed applications (withdrawn ones too: their reviews were given); higher is
 * better, two decimals.
 *
 * <p>Deterministic: a function of the event's recorded reviews, whatever order they came in.
 */
public final class ReviewCalibration {

    /** Shared applications after which a reviewer's offset is taken in full. */
    public static final int K = 5;

    /** One application's standing in its intake event. */
    public record Standing(UUID applicationId, int reviews, BigDecimal rawMeanTotal, BigDecimal calibratedMeanTotal, BigDecimal percentile) {
    }

    /** One reviewer's habit in the event: shared applications compared, mean deviation and offset (two decimals). */
    public record Habit(String reviewer, int comparisons, BigDecimal meanDeviation, BigDecimal offset) {
    }

    /** The event's calibration: what the policy reads, the offsets (exact), each reviewer's habit and each application's standing. */
    public record Result(ScoreBasis basis, ReviewerOffsets offsets, List<Habit> habits, Map<UUID, Standing> standings) {
    }

    private ReviewCalibration() {
    }

    /** Calibrates the event's reviews: application → reviewer → (total, recommendation). */
    public static Result of(Map<UUID, List<ReviewerTotal>> reviews, ScoreBasis basis) {
        Map<UUID, Map<String, BigDecimal>> matrix = new TreeMap<>();
        reviews.forEach((application, totals) -> {
            Map<String, BigDecimal> row = new TreeMap<>();
            totals.forEach(t -> row.put(t.reviewer(), t.total()));
            matrix.put(application, row);
        });
        ScoreCalibration.Result<String, UUID> model = ScoreCalibration.of(matrix, K);
        Map<String, BigDecimal> exact = new TreeMap<>();
        List<Habit> habits = new ArrayList<>();
        model.offsets().forEach((reviewer, o) -> {
            exact.put(reviewer, o.offset());
            habits.add(new Habit(reviewer, o.comparisons(), o.meanDeviation().setScale(2, RoundingMode.HALF_UP),
                    o.offset().setScale(2, RoundingMode.HALF_UP)));
        });
        ReviewerOffsets offsets = new ReviewerOffsets(exact);
        Map<UUID, BigDecimal> raw = new TreeMap<>();
        Map<UUID, BigDecimal> calibrated = new TreeMap<>();
        reviews.forEach((application, totals) -> {
            if (!totals.isEmpty()) {
                raw.put(application, mean(totals));
                calibrated.put(application, mean(offsets.calibrate(totals)));
            }
        });
        Map<UUID, BigDecimal> percentiles = ScoreCalibration.percentiles(basis == ScoreBasis.CALIBRATED ? calibrated : raw);
        Map<UUID, Standing> standings = new TreeMap<>();
        raw.forEach((application, mean) -> standings.put(application, new Standing(application, reviews.get(application).size(), mean,
                calibrated.get(application), percentiles.get(application))));
        return new Result(basis, offsets, List.copyOf(habits), Collections.unmodifiableMap(standings));
    }

    /** The mean total as the non-consensus policy computes it. */
    static BigDecimal mean(List<ReviewerTotal> totals) {
        BigDecimal sum = totals.stream().map(ReviewerTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(totals.size()), Scorecard.TOTAL_SCALE, RoundingMode.HALF_UP);
    }
}
