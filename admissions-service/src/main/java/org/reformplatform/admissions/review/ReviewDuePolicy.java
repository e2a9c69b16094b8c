package org.reformplatform.admissions.review;

import java.time.LocalDate;

import org.reformplatform.eventsourcing.domain.WorkingCalendar;

/**
 * When a reviewer's review is due: {@code workingDaysToReview} working days after the day they were
 * assigned (by the end of that day in the region), with a reminder when {@code reminderWorkingDaysBefore}
 * working days are left. A review not in by then is reassigned to another eligible reviewer, or
 * escalated to the operators when there is none. The durations are data (configuration), and travel
 * in every assignment as the moments they gave.
 */
public record ReviewDuePolicy(int workingDaysToReview, int reminderWorkingDaysBefore) {

    public ReviewDuePolicy {
        if (workingDaysToReview < 1) {
            throw new IllegalArgumentException("a review needs at least one working day, not " + workingDaysToReview);
        }
        if (reminderWorkingDaysBefore < 0 || reminderWorkingDaysBefore >= workingDaysToReview) {
            throw new IllegalArgumentException("the reminder must come after the assignment and before the due date: "
                    + reminderWorkingDaysBefore + " of " + workingDaysToReview + " working days");
        }
    }

    /** The day by whose end the review is due. */
    public LocalDate dueOn(LocalDate assignedOn, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(assignedOn, workingDaysToReview);
    }

    /** The day at whose end the reviewer is reminded: {@code reminderWorkingDaysBefore} working days are left then. */
    public LocalDate remindOn(LocalDate assignedOn, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(assignedOn, workingDaysToReview - reminderWorkingDaysBefore);
    }
}
