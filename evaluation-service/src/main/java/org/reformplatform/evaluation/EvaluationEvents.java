package org.reformplatform.evaluation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.challenge.ChallengeListEvent;
import org.reformplatform.evaluation.cycle.CycleEvent;
import org.reformplatform.evaluation.evaluator.EvaluatorEvent;
import org.reformplatform.evaluation.pilot.PilotEvent;
import org.reformplatform.evaluation.pledge.PledgeEvent;
import org.reformplatform.evaluation.researcher.ResearcherEvent;
import org.reformplatform.evaluation.scheme.SchemeEvent;
import org.reformplatform.evaluation.title.TitleReviewEvent;
import org.reformplatform.eventsourcing.store.EventCatalog;

/** Every event evaluation-service publishes on {@code evaluation.events}. */
@ApplicationScoped
public class EvaluationEvents implements EventCatalog {

    @Override
    public List<Class<?>> eventFamilies() {
        return List.of(SchemeEvent.class, CycleEvent.class, PilotEvent.class, ResearcherEvent.class, ChallengeListEvent.class,
                PledgeEvent.class, TitleReviewEvent.class, EvaluatorEvent.class);
    }
}
