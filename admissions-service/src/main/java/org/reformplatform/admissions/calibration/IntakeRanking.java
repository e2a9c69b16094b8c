package org.reformplatform.admissions.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.admissions.application.ScoredApplication;
import org.reformplatform.admissions.intake.ScoreBasis;
import org.reformplatform.admissions.review.ReviewCalibration;

/** An intake event's reviewed applications ranked on what its policy reads, with both totals, percentiles and the reviewers' habits. */
@Schema(name = "IntakeRanking")
public record IntakeRanking(
        UUID intakeEventId,
        @Schema(description = "What the event's policy reads (RAW or CALIBRATED): the ranking and percentiles are on it") String scoreBasis,
        List<Line> applications,
        @Schema(description = "Each reviewer's habit in the event: shared applications compared, mean deviation from the other reviewers, "
                + "and the offset taken out of calibrated totals (shrunk while they have fewer than 5 comparisons)") List<Habit> reviewers) {

    /** One reviewed application. */
    @Schema(name = "RankedApplication")
    public record Line(
            @Schema(description = "1 for the highest mean on scoreBasis; tied means share a rank") int rank,
            UUID applicationId,
            String status,
            int reviews,
            BigDecimal rawMeanTotal,
            BigDecimal calibratedMeanTotal,
            @Schema(description = "100 x (below + equal/2) / n among the event's reviewed applications, on scoreBasis") BigDecimal percentile) {
    }

    @Schema(name = "ReviewerHabit")
    public record Habit(String reviewer, int comparisons, BigDecimal meanDeviation, BigDecimal offset) {
    }

    static IntakeRanking of(UUID intakeEventId, ReviewCalibration.Result calibration, Map<UUID, ScoredApplication> applications) {
        boolean calibrated = calibration.basis() == ScoreBasis.CALIBRATED;
        Comparator<ReviewCalibration.Standing> byMean = Comparator.comparing(
                (ReviewCalibration.Standing s) -> calibrated ? s.calibratedMeanTotal() : s.rawMeanTotal()).reversed();
        List<ReviewCalibration.Standing> ordered = calibration.standings().values().stream()
                .sorted(byMean.thenComparing(ReviewCalibration.Standing::applicationId)).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            ReviewCalibration.Standing s = ordered.get(i);
            int rank = i > 0 && byMean.compare(ordered.get(i - 1), s) == 0 ? lines.get(i - 1).rank() : i + 1;
            ScoredApplication row = applications.get(s.applicationId());
            lines.add(new Line(rank, s.applicationId(), row == null ? null : row.status.name().toLowerCase(), s.reviews(), s.rawMeanTotal(),
                    s.calibratedMeanTotal(), s.percentile()));
        }
        return new IntakeRanking(intakeEventId, calibration.basis().name(), List.copyOf(lines), calibration.habits().stream()
                .map(h -> new Habit(h.reviewer(), h.comparisons(), h.meanDeviation(), h.offset())).toList());
    }
}
