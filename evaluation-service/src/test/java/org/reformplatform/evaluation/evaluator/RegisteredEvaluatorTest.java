package org.reformplatform.evaluation.evaluator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.evaluation.evaluator.EvaluatorCommand.RegisterEvaluator;
import org.reformplatform.evaluation.evaluator.EvaluatorEvent.EvaluatorRegistered;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.testing.DeciderSpec;

/** The register of evaluators (谁来评): each evaluator once, with one kind. */
class RegisteredEvaluatorTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");
    static final EvaluatorId WANG = EvaluatorId.of("prof-wang");
    static final EvaluatorRegistered REGISTERED = new EvaluatorRegistered(WANG, "prof-wang", "Prof. Wang", EvaluatorKind.PEER, "Fudan", AT);

    final DeciderSpec<RegisteredEvaluator, EvaluatorCommand, EvaluatorEvent> spec = DeciderSpec.of(
            RegisteredEvaluator.TYPE.decider()::initialState, RegisteredEvaluator.TYPE.decider()::decide, RegisteredEvaluator.TYPE.decider()::evolve)
            .covering(EvaluatorCommand.class, EvaluatorEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(EvaluatorCommand.class);
    }

    static RegisterEvaluator register(EvaluatorKind kind, String name) {
        return new RegisterEvaluator(WANG, "prof-wang", name, kind, "Fudan", AT);
    }

    @Test
    void an_evaluator_is_registered_with_their_kind() {
        spec.given().when(register(EvaluatorKind.PEER, "Prof. Wang")).then(REGISTERED);
        assertThat(spec.given(REGISTERED).state().kind()).isEqualTo(EvaluatorKind.PEER);
        assertThat(EvaluatorId.of("prof-wang")).isEqualTo(WANG);
    }

    @Test
    void the_same_registration_again_changes_nothing() {
        spec.given(REGISTERED).when(register(EvaluatorKind.PEER, "Prof. Wang")).then();
    }

    @Test
    void another_kind_for_a_registered_evaluator_is_refused() {
        assertThat(spec.given(REGISTERED).when(register(EvaluatorKind.INDUSTRY_EXPERT, "Prof. Wang")).thenRefused(RuleViolation.class).code())
                .isEqualTo("evaluator-registered-as-other-kind");
        assertThat(spec.given(REGISTERED).when(register(EvaluatorKind.PEER, "Wang Wei")).thenRefused(RuleViolation.class).code())
                .isEqualTo("evaluator-registered");
    }

    @Test
    void an_evaluator_needs_a_kind() {
        assertThat(spec.given().when(register(null, "Prof. Wang")).thenRefused(RuleViolation.class).code()).isEqualTo("evaluator-incomplete");
    }
}
