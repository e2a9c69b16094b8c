package org.reformplatform.systemtests.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.scenario.CrossServiceFlows;
import org.reformplatform.systemtests.scenario.EventLog;

/**
 * The flows across services, each asserting the exact events on the topics and the state of the
 * other service's read model, with the time from the command's 2xx to the fact being visible there.
 * Then no consumer has dead-lettered anything: every service read every other's events.
 */
@ExtendWith(RunningPlatform.class)
@Order(20)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossServiceFlowsIT {

    static final Map<String, Duration> TIMINGS = new LinkedHashMap<>();
    final LocalPlatform platform = RunningPlatform.platform();
    final CrossServiceFlows flows = new CrossServiceFlows(platform.api(), platform.kafkaBootstrap(), "flows-it");

    @Test
    @Order(1)
    void a_student_admitted_in_admissions_founds_a_venture_in_incubation() {
        record(flows.studentFoundsVenture());
    }

    @Test
    @Order(2)
    void a_researcher_on_leave_to_found_gets_the_ventures_milestones_and_rounds_on_the_arrangement() {
        record(flows.researcherOnLeaveFoundsVenture());
    }

    @Test
    @Order(3)
    void a_foreign_title_equivalence_and_a_secondments_results_become_evidence_in_evaluation() {
        record(flows.foreignQualificationAndSecondmentBecomeEvidence());
    }

    @Test
    @Order(4)
    void no_consumer_dead_lettered_an_event() {
        List<String> deadLetterTopics = List.of("admissions.dead-letters", "qualification.dead-letters", "mobility.dead-letters",
                "incubation.dead-letters", "evaluation.dead-letters");
        List<EventLog.Event> deadLetters = EventLog.readAllExisting(platform.kafkaBootstrap(), deadLetterTopics, Duration.ofSeconds(60));
        assertThat(deadLetters).as("records on the dead-letter topics").isEmpty();
    }

    private static void record(CrossServiceFlows.FlowResult result) {
        CrossServiceFlows.print(System.out, result);
        TIMINGS.putAll(result.timings());
        assertThat(result.timings()).isNotEmpty();
    }

    @AfterAll
    static void printTimings() {
        System.out.println("cross-service flows, command 2xx → visible in the other service:");
        TIMINGS.forEach((step, took) -> System.out.printf("  %-90s %6d ms%n", step, took.toMillis()));
    }
}
