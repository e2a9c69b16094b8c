package org.reformplatform.eventsourcing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.simulation.Simulator.Plan;

class SimulatorPlanTest {

    record Scope(List<String> ids) {
    }

    record Tried(int bar) {
    }

    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void the_reproduction_check_records_no_policy_but_the_one_each_input_had() {
        Plan plan = Plan.reproduction(mapper.valueToTree(new Scope(List.of("a"))));

        assertThat(plan.isReproduction()).isTrue();
        assertThat(plan.policy()).isEqualTo(mapper.valueToTree(Map.of("asRecorded", true)));
        assertThat(plan.scopeAs(mapper, Scope.class)).isEqualTo(new Scope(List.of("a")));
    }

    @Test
    void a_policy_tried_is_read_back_as_it_was_written() {
        Plan plan = new Plan(mapper.valueToTree(new Scope(List.of())), mapper.valueToTree(new Tried(75)));

        assertThat(plan.isReproduction()).isFalse();
        assertThat(plan.policyAs(mapper, Tried.class)).isEqualTo(new Tried(75));
    }

    @Test
    void a_plan_that_cannot_be_read_back_is_a_bug_not_bad_input() {
        Plan plan = new Plan(mapper.valueToTree(Map.of("ids", "not a list")), mapper.valueToTree(Map.of("bar", "high")));

        assertThatThrownBy(() -> plan.policyAs(mapper, Tried.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the recorded plan is unreadable");
    }

    @Test
    void a_request_without_a_scope_is_told_how_to_name_one() {
        assertThatThrownBy(() -> Simulator.readScope(null, mapper, Scope.class, "Name the things: {\"ids\": [...]}"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("scope-required"))
                .hasMessage("Name the things: {\"ids\": [...]}");
        assertThatThrownBy(() -> Simulator.readScope(mapper.valueToTree(List.of("a")), mapper, Scope.class, "Name the things"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("scope-required"));
    }

    @Test
    void a_scope_that_does_not_read_as_the_simulators_record_is_unreadable() {
        assertThatThrownBy(() -> Simulator.readScope(mapper.valueToTree(Map.of("ids", Map.of("a", 1))), mapper, Scope.class, "Name the things"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("scope-unreadable"));
        assertThat(Simulator.readScope(mapper.valueToTree(Map.of("ids", List.of("a"))), mapper, Scope.class, "Name the things"))
                .isEqualTo(new Scope(List.of("a")));
    }
}
