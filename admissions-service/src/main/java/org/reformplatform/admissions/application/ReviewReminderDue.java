package org.reformplatform.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/** A reviewer's reminder falls due: {@code ReviewReminderSent}, unless the review is no longer awaited (refused, with the reason). */
@ApplicationScoped
public class ReviewReminderDue implements DeadlineHandler {

    @Inject
    ReviewTimeHandler reviewTime;

    @Override
    public String name() {
        return ReviewDeadlines.REMINDER;
    }

    @Override
    public void fire(DueDeadline due) {
        ReviewDeadlines.Duty duty = due.payload(ReviewDeadlines.Duty.class);
        reviewTime.remind(new ApplicationId(duty.applicationId()), duty.reviewer());
    }
}
