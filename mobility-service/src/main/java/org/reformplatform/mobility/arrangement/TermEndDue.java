package org.reformplatform.mobility.arrangement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/** {@value ArrangementDeadlines#TERM_END}: the term's last day is over, the arrangement completes. */
@ApplicationScoped
public class TermEndDue implements DeadlineHandler {

    @Inject
    EndArrangementHandler endings;

    @Override
    public String name() {
        return ArrangementDeadlines.TERM_END;
    }

    @Override
    public void fire(DueDeadline deadline) {
        endings.completeTerm(new ArrangementId(deadline.streamUuid()));
    }
}
