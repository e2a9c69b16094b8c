package org.reformplatform.systemtests.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.Quiescence;
import org.reformplatform.systemtests.faults.ReadModelOracle;

/**
 * The report scenario on the platform the system tests started (fresh databases, deploy/local):
 * a year of the programme through the public APIs, then every figure of the report read back from
 * the read models. Then a second year on the same platform, as a demo run against a platform that
 * already holds data does: the reference loaders write nothing, the year's own figures are its slice.
 * Then every read model of the two years against its replays from the store and from the topics.
 * Last, the policy laboratory's reproduction check over the years' history in every service that
 * simulates: under the policies in force the deciders give back every recorded outcome.
 */
@ExtendWith(RunningPlatform.class)
@Order(10)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportScenarioIT {

    final LocalPlatform platform = RunningPlatform.platform();

    @Test
    @Order(1)
    void a_year_of_the_programme_reproduces_the_reports_figures() {
        // A fixed label on fresh databases: the same names, keys and figures on every run.
        ReportScenario.Result result = ReportScenario.run(platform.api(), "report-year", System.out);
        result.figures().print(System.out);
        assertThat(result.figures().all()).hasSizeGreaterThanOrEqualTo(36);
        assertThat(result.figures().missing()).as("figures the read models did not reproduce").isEmpty();
    }

    @Test
    @Order(2)
    void a_second_year_on_a_platform_with_data_checks_its_own_slice() {
        ReportScenario.Result result = ReportScenario.run(platform.api(), ProgrammeYear.newLabel(Instant.now()), System.out);
        result.figures().print(System.out);
        assertThat(result.figures().missing()).as("figures the read models did not reproduce in the second year").isEmpty();
    }

    @Test
    @Order(3)
    void every_read_model_equals_its_replays_from_the_store_and_the_topics() {
        // a projection still catching up differs from its replay: verify once nothing is in flight
        new Quiescence(platform.api(), new EventStores(platform::jdbcUrl), LocalPlatform.SERVICES).await(Duration.ofMinutes(3));
        new ReadModelOracle(platform.api(), LocalPlatform.SERVICES).assertEqual();
    }

    @Test
    @Order(4)
    void rebuilding_every_projection_of_every_service_leaves_every_read_model_as_it_was() {
        new Quiescence(platform.api(), new EventStores(platform::jdbcUrl), LocalPlatform.SERVICES).await(Duration.ofMinutes(3));
        long started = System.nanoTime();
        List<String> differences = new ReadModelOracle(platform.api(), LocalPlatform.SERVICES).rebuildEverything(Duration.ofMinutes(10));
        System.out.printf("rebuilt every projection of every service in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(differences).as("tables a rebuild changed").isEmpty();
        new ReadModelOracle(platform.api(), LocalPlatform.SERVICES).assertEqual();
    }

    @Test
    @Order(5)
    void under_the_policies_in_force_the_deciders_reproduce_every_recorded_outcome() {
        Api.Caller analyst = platform.api().as(Tokens.ANALYST);
        Map<String, Map<String, Object>> checks = new LinkedHashMap<>();
        checks.put("admissions", Map.of("scopeKind", "admissions-intake-events",
                "scope", Map.of("submittedFrom", "2000-01-01", "submittedTo", "2100-12-31"), "reproduction", true));
        checks.put("mobility", Map.of("scopeKind", "mobility-arrangements",
                "scope", Map.of("approvedFrom", "2000-01-01", "approvedTo", "2100-12-31"), "reproduction", true));
        checks.put("evaluation", Map.of("scopeKind", "evaluation-cycles", "scope", Map.of("cycleIds", cycles(analyst)), "reproduction", true));
        checks.forEach((service, check) -> {
            String id = analyst.post(service, "/v1/simulations", check).expect(202).path("id").asText();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            JsonNode simulation = analyst.get(service, "/v1/simulations/" + id).expect(200).json();
            while ("RUNNING".equals(simulation.path("state").asText()) && Instant.now().isBefore(deadline)) {
                sleep();
                simulation = analyst.get(service, "/v1/simulations/" + id).expect(200).json();
            }
            Duration took = Duration.between(Instant.parse(simulation.path("startedAt").asText()),
                    Instant.parse(simulation.path("finishedAt").asText("2100-01-01T00:00:00Z")));
            System.out.printf("REPRODUCTION %s: %d events read, %d subjects, %d differences, %d ms%n", service,
                    simulation.path("eventsRead").asLong(), subjects(simulation.path("result")), simulation.path("differences").asLong(), took.toMillis());
            assertThat(simulation.path("state").asText()).as(service + ": " + simulation.path("failure").asText()).isEqualTo("DONE");
            assertThat(simulation.path("differences").asLong()).as(service + ": outcomes the deciders would now decide otherwise: "
                    + simulation.path("result").path("changes")).isZero();
            assertThat(subjects(simulation.path("result"))).as(service + ": the check replayed the year").isPositive();
        });
    }

    /** Every evaluation cycle the years opened. */
    private static List<String> cycles(Api.Caller analyst) {
        List<String> ids = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode reply = analyst.get("evaluation", "/v1/cycles?size=200&page=" + page).expect(200).json();
            reply.path("items").forEach(c -> ids.add(c.path("id").asText()));
            if (!reply.path("hasNext").asBoolean()) {
                return ids;
            }
        }
    }

    private static long subjects(JsonNode result) {
        for (String field : List.of("applications", "arrangements", "dossiers")) {
            if (result.has(field)) {
                return result.path(field).asLong();
            }
        }
        return 0;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
