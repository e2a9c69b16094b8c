package org.reformplatform.evaluation.cycle;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.WorkingCalendar;

/**
 * How long a researcher's institution may appeal a cycle's outcome: {@code workingDaysToAppeal}
 * working days in the region after the day the cycle concluded (the day itself not counted). The
 * report names no period; policy {@code 2026-12} takes 15 working days (three weeks, an illustrative
 * value in line with common review-appeal periods). The window is fixed in {@code CycleConcluded}, so
 * a later policy does not move it for a cycle concluded before.
 */
public record AppealPolicy(String version, int workingDaysToAppeal) {

    public static final AppealPolicy CURRENT = new AppealPolicy("2026-12", 15);

    public LocalDate appealsUntil(LocalDate concludedOn, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(concludedOn, workingDaysToAppeal);
    }
}
