package org.reformplatform.evaluation.evaluator;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformplatform.evaluation.evaluator.EvaluatorEvent.EvaluatorRegistered;
import org.reformplatform.eventsourcing.projection.Projection;
import org.reformplatform.eventsourcing.store.RecordedEvent;

/** The register of evaluators by kind and name. */
@ApplicationScoped
public class EvaluatorRegisterView implements Projection {

    @Override
    public String name() {
        return "evaluator-register";
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(EvaluatorRegistered.class);
    }

    @Override
    public List<String> tables() {
        return List.of("evaluator_register");
    }

    @Override
    public void apply(RecordedEvent<?> recorded) {
        if (recorded.event() instanceof EvaluatorRegistered r && EvaluatorEntry.findById(r.evaluatorId().value()) == null) {
            EvaluatorEntry row = new EvaluatorEntry();
            row.id = r.evaluatorId().value();
            row.subject = r.subject();
            row.name = r.name();
            row.kind = r.kind();
            row.affiliation = r.affiliation();
            row.registeredAt = r.registeredAt();
            row.persist();
        }
    }
}
