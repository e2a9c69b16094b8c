package org.reformplatform.qualification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.deadline.DeadlineHandler;
import org.reformplatform.eventsourcing.deadline.DueDeadline;

/**
 * {@value ApplicationDeadlines#APPEAL_WINDOW_CLOSES}: the appeal window closed unused: the refusal is final.
 * It runs through the same use case as an API call; a refusal of the rules (the application moved
 * on) closes the deadline as refused.
 */
@ApplicationScoped
public class AppealWindowClosesDeadline implements DeadlineHandler {

    @Inject
    AppealHandler appeals;

    @Override
    public String name() {
        return ApplicationDeadlines.APPEAL_WINDOW_CLOSES;
    }

    @Override
    public void fire(DueDeadline due) {
        RecognitionApplicationId id = new RecognitionApplicationId(due.streamUuid());
        appeals.makeFinal(id);
    }
}
