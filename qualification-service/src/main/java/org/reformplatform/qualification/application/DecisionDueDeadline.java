package org.reformplatform.qualification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * {@value ApplicationDeadlines#DECISION_DUE}: the decision clock ran out: the application is escalated.
 * It runs through the same use case as an API call; a refusal of the rules (the application moved
 * on) closes the deadline as refused.
 */
@ApplicationScoped
public class DecisionDueDeadline implements DeadlineHandler {

    @Inject
    EscalateOverdueDecisionHandler escalating;

    @Override
    public String name() {
        return ApplicationDeadlines.DECISION_DUE;
    }

    @Override
    public void fire(DueDeadline due) {
        RecognitionApplicationId id = new RecognitionApplicationId(due.streamUuid());
        escalating.handle(id);
    }
}
