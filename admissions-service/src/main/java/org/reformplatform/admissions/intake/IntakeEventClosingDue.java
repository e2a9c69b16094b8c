package org.reformplatform.admissions.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/** An intake event's window ends: it closes, and submissions to it are refused as after an operator's closing. */
@ApplicationScoped
public class IntakeEventClosingDue implements DeadlineHandler {

    @Inject
    IntakeEventLifecycleHandler lifecycle;

    @Override
    public String name() {
        return IntakeWindowDeadlines.CLOSING;
    }

    @Override
    public void fire(DueDeadline due) {
        lifecycle.closeAtWindowEnd(new IntakeEventId(due.streamUuid()));
    }
}
