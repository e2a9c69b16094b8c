package org.reformplatform.qualification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * {@value ApplicationDeadlines#COMPENSATION_DUE}: the compensation measure's due date passed: the conditional recognition lapses.
 * It runs through the same use case as an API call; a refusal of the rules (the application moved
 * on) closes the deadline as refused.
 */
@ApplicationScoped
public class CompensationDueDeadline implements DeadlineHandler {

    @Inject
    CompensationHandler compensation;

    @Override
    public String name() {
        return ApplicationDeadlines.COMPENSATION_DUE;
    }

    @Override
    public void fire(DueDeadline due) {
        RecognitionApplicationId id = new RecognitionApplicationId(due.streamUuid());
        compensation.lapse(id);
    }
}
