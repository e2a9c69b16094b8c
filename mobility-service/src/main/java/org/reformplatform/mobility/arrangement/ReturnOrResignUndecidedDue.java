package org.reformplatform.mobility.arrangement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/** {@value ArrangementDeadlines#UNDECIDED}: nobody decided in time, the policy's ifUndecided ends the arrangement. */
@ApplicationScoped
public class ReturnOrResignUndecidedDue implements DeadlineHandler {

    @Inject
    ReturnOrResignHandler decisions;

    @Override
    public String name() {
        return ArrangementDeadlines.UNDECIDED;
    }

    @Override
    public void fire(DueDeadline deadline) {
        decisions.deem(new ArrangementId(deadline.streamUuid()));
    }
}
