package org.reformplatform.systemtests.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.Quiescence;
import org.reformplatform.systemtests.faults.ReadModelOracle;

/**
 * The report scenario on the platform the system tests started (fresh databases, deploy/local):
 * a year of the programme through the public APIs, then every figure of the report read back from
 * the read models. Then a second year on the same platform, as a demo run against a platform that
 * already holds data does: the reference loaders write nothing, the year's own figures are its slice.
 * Last, every read model of the two years against its replays from the store and from the topics.
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
}
