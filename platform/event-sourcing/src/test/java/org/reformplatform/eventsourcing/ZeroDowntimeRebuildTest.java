package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.testing.Tokens;

/**
 * A rebuild of a read model holding 100,000 events, while a partner keeps reading its list and
 * others keep writing: the list never shrinks, and the swapped-in copy equals the log.
 */
@QuarkusTest
class ZeroDowntimeRebuildTest {

    private static final int STREAMS = 10_000;
    private static final int EVENTS_PER_STREAM = 10;

    @Inject
    KernelFixtures fixtures;

    @Test
    void a_reader_never_sees_the_list_shrink_while_a_large_read_model_is_rebuilt_under_traffic() throws Exception {
        long appended = fixtures.appendTalliesDirectly(STREAMS, EVENTS_PER_STREAM);
        assertThat(appended).isEqualTo((long) STREAMS * EVENTS_PER_STREAM);
        // The events were written straight into the store (not published): a first rebuild builds the live copy.
        rebuildAndWait();
        // Analysed as they grew, so PostgreSQL planned the build's statements with statistics (and plans the live
        // ones so now); this machine's PostgreSQL runs no autovacuum, which would otherwise be the only source.
        assertThat(fixtures.count("SELECT count(*) FROM pg_class WHERE relname IN ('tally_totals', 'tally_increments') "
                + "AND relnamespace = current_schema()::regnamespace AND reltuples >= 0")).as("rebuilt tables with statistics").isEqualTo(2);
        long listed = listed();
        assertThat(listed).isGreaterThanOrEqualTo(STREAMS);

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicLong least = new AtomicLong(Long.MAX_VALUE);
        AtomicLong reads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> reader = pool.submit(() -> {
                while (rebuilding.get()) {
                    least.accumulateAndGet(listed(), Math::min);
                    reads.incrementAndGet();
                }
            });
            List<TallyId> written = new ArrayList<>();
            Future<?> writer = pool.submit(() -> {
                while (rebuilding.get()) {
                    TallyId id = fixtures.openTally(1000);
                    fixtures.increment(id, 1, "during the rebuild");
                    written.add(id);
                }
            });
            long started = System.nanoTime();
            rebuildAndWait();
            double seconds = (System.nanoTime() - started) / 1e9;
            rebuilding.set(false);
            reader.get();
            writer.get();
            System.out.printf("zero-downtime rebuild of %d+ events under traffic: %.1f s, reader's minimum %d of %d listed before, %d reads, "
                    + "%d tallies written meanwhile%n", appended, seconds, least.get(), listed, reads.get(), written.size());
            assertThat(reads.get()).isPositive();
            assertThat(least.get()).isGreaterThanOrEqualTo(listed);
            assertThat(written).isNotEmpty();
        } finally {
            rebuilding.set(false);
            pool.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> fixtures.count("SELECT count(*) FROM outbox") == 0);
        // Verification replays 100,000+ events before it answers: longer than the default 30 s on a busy CI machine.
        JsonPath verification = given().config(patientClient()).auth().oauth2(Tokens.operator()).post("/ops/projections/tally-totals/verify")
                .then().statusCode(200).extract().jsonPath();
        assertThat(verification.getBoolean("equal")).as(verification.prettify()).isTrue();
        assertThat(verification.getLong("eventsReplayed")).isGreaterThanOrEqualTo(appended);
    }

    private static RestAssuredConfig patientClient() {
        int fiveMinutes = (int) Duration.ofMinutes(5).toMillis();
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", fiveMinutes).setParam("http.connection.timeout", fiveMinutes));
    }

    private long listed() {
        return ((Number) given().auth().oauth2(Tokens.operator()).queryParam("size", 1).get("/v1/tallies")
                .then().statusCode(200).extract().path("totalItems")).longValue();
    }

    private void rebuildAndWait() {
        given().auth().oauth2(Tokens.operator()).post("/ops/projections/tally-totals/rebuild").then().statusCode(202);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var status = given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals").then().extract();
            return "live".equals(status.path("status.state")) && status.path("status.rebuildFinished") != null;
        });
        // The store may hold the poison increments of other tests: passed over and said so, nothing else.
        String error = given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals").then().extract().path("status.lastError");
        assertThat(error == null || error.endsWith("passed over, as they had been dead-lettered")).as(error).isTrue();
    }
}
