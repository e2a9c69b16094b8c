package org.reformplatform.evaluation.cycle;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cycle's timetable, fixed when it is opened: dossiers (with their evidence) are taken up to and
 * including {@code dossiersUntil}, and when that day is over in the region the cycle moves to scoring
 * by itself ({@code evaluation.CycleDossiersDue}); score sheets are owed by the end of {@code
 * scoresUntil}, after which the assignments still without one are flagged overdue ({@code
 * evaluation.CycleScoringDue}) and an operator may conclude the cycle with the sheets it has. A cycle
 * opened without a timetable takes dossiers until it concludes, as before.
 */
public record CycleTimetable(LocalDate dossiersUntil, LocalDate scoresUntil) {

    public CycleTimetable {
        Objects.requireNonNull(dossiersUntil, "dossiersUntil");
        Objects.requireNonNull(scoresUntil, "scoresUntil");
    }

    public boolean takesDossiersOn(LocalDate day) {
        return !day.isAfter(dossiersUntil);
    }

    public boolean scoringOverdueOn(LocalDate day) {
        return day.isAfter(scoresUntil);
    }
}
