package org.reformplatform.systemtests.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.Api;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;
import org.reformplatform.systemtests.Tokens;
import org.reformplatform.systemtests.faults.EventStores;
import org.reformplatform.systemtests.faults.Quiescence;
import org.reformplatform.systemtests.faults.ReadModelOracle;
import org.reformplatform.systemtests.reliability.Figures;
import org.reformplatform.systemtests.scenario.EventLog;

/**
 * A year passes over everything the suites before this one left behind (the report scenario, the
 * flows, the journeys of the other suites), month by month, with the clock as the only input:
 * every service's clock is set forward (POST /ops/clock; each replica's poller fires what fell due
 * within a second), and after each month nothing is overdue and nothing failed. At the end, no deadline's
 * events were written by more than one transaction (nothing fired twice), every event a deadline
 * caused reached its topic, and every read model equals the log. Runs last: the clocks do not come
 * back.
 */
@ExtendWith(RunningPlatform.class)
@Order(95)
class YearOfDeadlinesIT {

    private static final ZoneId REGION = ZoneId.of("Asia/Shanghai");

    private final LocalPlatform platform = RunningPlatform.platform();
    private final Api.Caller operator = platform.api().as(Tokens.OPERATOR);
    private final EventStores stores = new EventStores(platform::jdbcUrl);

    @Test
    void a_year_passes_month_by_month_and_every_deadline_fires_exactly_once() {
        Instant start = Instant.EPOCH;
        for (String service : LocalPlatform.SERVICES) {
            Instant now = Instant.parse(operator.get(service, "/ops/clock").expectSuccess().path("now").asText());
            start = now.isAfter(start) ? now : start;
        }
        ZonedDateTime month = start.atZone(REGION);
        for (int m = 1; m <= 12; m++) {
            Instant target = month.plusMonths(m).toInstant();
            for (String service : LocalPlatform.SERVICES) {
                operator.post(service, "/ops/clock", Map.of("now", target.toString())).expectSuccess();
            }
            // The pollers fire what fell due; a deadline may schedule another one due at once, or one
            // service's firing make another service schedule one (through its topic).
            int month1 = m;
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                for (String service : LocalPlatform.SERVICES) {
                    JsonNode summary = operator.get(service, "/ops/deadlines/summary").expectSuccess().json();
                    assertThat(summary.path("overdue").asLong()).as("%s after month %d: %s", service, month1, summary).isZero();
                    assertThat(summary.path("failingAttempts").asLong()).as("%s after month %d: %s", service, month1, summary).isZero();
                }
            });
        }

        Map<String, long[]> figures = new LinkedHashMap<>();
        Set<String> causedIds = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (String service : LocalPlatform.SERVICES) {
            List<List<String>> twice = stores.query(service, "SELECT metadata->>'causationId', count(DISTINCT xmin::text) FROM events "
                    + "WHERE metadata->>'actor' LIKE 'deadline:%' GROUP BY 1 HAVING count(DISTINCT xmin::text) > 1");
            twice.forEach(row -> failures.add(service + ": deadline " + row.get(0) + " wrote events in " + row.get(1) + " transactions"));
            List<List<String>> notFired = stores.query(service, "SELECT DISTINCT metadata->>'causationId' FROM events e "
                    + "WHERE metadata->>'actor' LIKE 'deadline:%' AND NOT EXISTS (SELECT 1 FROM deadlines d "
                    + "WHERE d.id::text = e.metadata->>'causationId' AND d.status = 'FIRED')");
            notFired.forEach(row -> failures.add(service + ": events caused by deadline " + row.get(0) + ", which is not marked fired"));
            stores.query(service, "SELECT event_id::text FROM events WHERE metadata->>'actor' LIKE 'deadline:%'")
                    .forEach(row -> causedIds.add(row.get(0)));
            List<String> counts = stores.query(service, "SELECT count(*) FILTER (WHERE status = 'FIRED'), count(*) FILTER (WHERE status = 'REFUSED'), "
                    + "count(*) FILTER (WHERE status = 'CANCELLED'), count(*) FILTER (WHERE status = 'PENDING'), "
                    + "(SELECT count(*) FROM events WHERE metadata->>'actor' LIKE 'deadline:%') FROM deadlines").get(0);
            figures.put(service, counts.stream().mapToLong(Long::parseLong).toArray());
        }
        assertThat(failures).isEmpty();
        long fired = figures.values().stream().mapToLong(f -> f[0]).sum();
        assertThat(fired).as("deadlines fired over the year, platform-wide").isPositive();

        // Nothing in flight: the outboxes empty, the projections caught up.
        new Quiescence(platform.api(), stores, LocalPlatform.SERVICES).await(Duration.ofMinutes(3));
        Set<String> published = new HashSet<>();
        for (EventLog.Event event : EventLog.readAll(platform.kafkaBootstrap(), EventLog.TOPICS, Duration.ofMinutes(2))) {
            published.add(event.id());
        }
        Set<String> missing = new HashSet<>(causedIds);
        missing.removeAll(published);
        assertThat(missing).as("events deadlines caused that never reached a topic").isEmpty();

        // The outcomes reached the read models as the log says: each equals its replays from the store and the topics.
        new ReadModelOracle(platform.api(), LocalPlatform.SERVICES).assertEqual();

        StringBuilder table = new StringBuilder("| Service | Fired | Refused (moot) | Cancelled | Still pending | Events caused |\n|---|---|---|---|---|---|\n");
        figures.forEach((service, f) -> table.append("| ").append(service).append(" | ").append(f[0]).append(" | ").append(f[1])
                .append(" | ").append(f[2]).append(" | ").append(f[3]).append(" | ").append(f[4]).append(" |\n"));
        Figures.report("Deadlines: a year month by month", table.toString());
    }
}
