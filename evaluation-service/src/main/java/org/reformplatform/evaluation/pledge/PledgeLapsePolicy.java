package org.reformplatform.evaluation.pledge;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.WorkingCalendar;

/**
 * When a pledge (军令状) that nobody fulfilled fails by itself: at the end of its deadline day in the
 * region, or {@code workingDaysToRecord} working days later when the policy leaves the institution
 * time to record targets met on or before the deadline (a target met after it never counts). A
 * fulfilled or assessed pledge is settled already: its deadline is cancelled, and were it to fire
 * anyway the decider refuses ({@code pledge-settled}).
 *
 * @param version             which policy it is, as the README and the deadline's subject name it
 * @param workingDaysToRecord working days after the deadline day before an unfulfilled pledge fails by itself
 */
public record PledgeLapsePolicy(String version, int workingDaysToRecord) {

    /** The reform's practice: the pledge is judged on its own date, no grace. */
    public static final PledgeLapsePolicy CURRENT = new PledgeLapsePolicy("2026-12", 0);

    public PledgeLapsePolicy {
        if (workingDaysToRecord < 0) {
            throw new IllegalArgumentException("workingDaysToRecord must not be negative: " + workingDaysToRecord);
        }
    }

    /** The last day on which an unfulfilled pledge still stands: it fails when this day is over. */
    public LocalDate standsUntil(LocalDate deadline, WorkingCalendar workingDays) {
        return workingDaysToRecord == 0 ? deadline : workingDays.plusWorkingDays(deadline, workingDaysToRecord);
    }
}
