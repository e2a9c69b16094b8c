package org.reformplatform.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/** The committee's time limit for a docket case passes: the case is escalated, unless it was decided (refused, with the reason). */
@ApplicationScoped
public class CommitteeDecisionDue implements DeadlineHandler {

    @Inject
    ReviewTimeHandler reviewTime;

    @Override
    public String name() {
        return ReviewDeadlines.COMMITTEE;
    }

    @Override
    public void fire(DueDeadline due) {
        reviewTime.escalateCommitteeCase(new ApplicationId(due.streamUuid()));
    }
}
