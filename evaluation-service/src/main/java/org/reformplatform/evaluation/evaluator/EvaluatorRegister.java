package org.reformplatform.evaluation.evaluator;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** Reading the register: the entry of an evaluator by subject, from its stream (not the read model, which may lag). */
@ApplicationScoped
public class EvaluatorRegister {

    @Inject
    Aggregates aggregates;

    public Optional<RegisteredEvaluator> find(String subject) {
        RegisteredEvaluator entry = aggregates.load(RegisteredEvaluator.TYPE, EvaluatorId.of(subject)).state();
        return entry.exists() ? Optional.of(entry) : Optional.empty();
    }

    public Loaded<RegisteredEvaluator> existing(String subject) {
        Loaded<RegisteredEvaluator> loaded = aggregates.load(RegisteredEvaluator.TYPE, EvaluatorId.of(subject));
        if (!loaded.state().exists()) {
            throw RuleViolation.notFound("unknown-evaluator", "No evaluator " + subject + " is registered");
        }
        return loaded;
    }
}
