package org.reformplatform.admissions.review;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.WorkingCalendar;

/**
 * How long the admissions committee has to decide a case on the special-review docket: {@code
 * workingDays} working days after the referral (by the end of that day in the region). A case still
 * undecided then is escalated: it stays on the docket, marked, for the operators to act on. Data
 * (configuration); the moment it gave travels in the referral.
 */
public record CommitteeTimeLimit(int workingDays) {

    public CommitteeTimeLimit {
        if (workingDays < 1) {
            throw new IllegalArgumentException("the committee needs at least one working day, not " + workingDays);
        }
    }

    /** The day by whose end the committee decides a case referred on {@code referredOn}. */
    public LocalDate decideBy(LocalDate referredOn, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(referredOn, workingDays);
    }
}
