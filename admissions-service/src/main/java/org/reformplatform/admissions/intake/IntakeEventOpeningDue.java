package org.reformplatform.admissions.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/** An intake event's window starts: it opens, through the same handler an operator's opening uses. */
@ApplicationScoped
public class IntakeEventOpeningDue implements DeadlineHandler {

    @Inject
    IntakeEventLifecycleHandler lifecycle;

    @Override
    public String name() {
        return IntakeWindowDeadlines.OPENING;
    }

    @Override
    public void fire(DueDeadline due) {
        lifecycle.openAtWindowStart(new IntakeEventId(due.streamUuid()));
    }
}
