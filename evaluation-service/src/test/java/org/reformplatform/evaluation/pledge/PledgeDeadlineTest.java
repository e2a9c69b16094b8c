package org.reformplatform.evaluation.pledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.testing.Tokens;

/** A pledge (军令状) past its deadline without fulfilment fails by itself; a fulfilled one is left alone. The clock is moved, never waited for. */
@QuarkusTest
class PledgeDeadlineTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    PlatformClock clock;

    @Inject
    RegionalCalendar calendar;

    @Inject
    DeadlineDispatcher dispatcher;

    @Inject
    Deadlines deadlines;

    @AfterEach
    void realTime() {
        clock.backToNow();
    }

    static Map<String, Object> terms(UUID leader, LocalDate deadline) {
        return Map.of("leaderId", leader, "title", "AI screening in a year", "targets",
                List.of(Map.of("code", "candidates", "description", "Three candidates"), Map.of("code", "trial", "description", "A trial started")),
                "deadline", deadline.toString(), "consequences", "No institute funding for two years", "use", "PROMOTION");
    }

    @Test
    void an_unfulfilled_pledge_fails_by_itself_when_its_deadline_day_is_over_once_however_often_the_deadline_is_fired() {
        String org = "biomed-" + UUID.randomUUID().toString().substring(0, 6);
        UUID leader = UUID.randomUUID();
        LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusMonths(12);
        String pledge = given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(terms(leader, deadline))
                .post("/v1/pledges").then().statusCode(201).extract().header("Location");
        String id = pledge.substring(pledge.lastIndexOf('/') + 1);
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("metOn", LocalDate.now(ZoneOffset.UTC).toString(),
                "evidence", "Three candidates named")).post(pledge + "/targets/candidates/fulfilment").then().statusCode(200);
        assertThat(deadlines.pending(PledgeDue.NAME, id)).get().satisfies(d -> {
            assertThat(d.dueAt()).isEqualTo(calendar.endOf(deadline));
            assertThat(d.organisation()).isEqualTo(org);
        });
        given().auth().oauth2(Tokens.partner(org)).get("/v1/deadlines?when=pending").then().statusCode(200)
                .body("items.findAll { it.streamId == '" + id + "' }.name", hasItems(PledgeDue.NAME));

        // The last minute of the deadline day in the region: it still stands.
        clock.travelTo(calendar.endOf(deadline).minusSeconds(60));
        assertThat(dispatcher.fireDueOf(List.of(id))).isZero();
        given().auth().oauth2(Tokens.partner(org)).get(pledge).then().body("status", equalTo("signed"));

        clock.travelTo(calendar.endOf(deadline).plusSeconds(1));
        assertThat(dispatcher.fireDueOf(List.of(id))).isEqualTo(1);
        String version = given().auth().oauth2(Tokens.partner(org)).get(pledge).then().statusCode(200).body("status", equalTo("failed"))
                .extract().header("ETag");
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.fireDueOf(List.of(id))).isZero();
        given().auth().oauth2(Tokens.partner(org)).get(pledge).then().header("ETag", equalTo(version));
        assertThat(deadlines.ofStream(id)).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo("FIRED"));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/pledges?status=failed").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].targetsMet", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/researchers/" + leader + "/history")
                .then().statusCode(200).body("items.kind", hasItems("pledge-signed", "pledge-failed")));
    }

    @Test
    void a_fulfilled_pledge_cancels_its_deadline_and_the_date_passing_changes_nothing() {
        String org = "biomed-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate deadline = today.plusMonths(6);
        String pledge = given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(terms(UUID.randomUUID(), deadline))
                .post("/v1/pledges").then().statusCode(201).extract().header("Location");
        String id = pledge.substring(pledge.lastIndexOf('/') + 1);
        for (String target : List.of("candidates", "trial")) {
            given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("metOn", today.toString(), "evidence", "done"))
                    .post(pledge + "/targets/" + target + "/fulfilment").then().statusCode(200);
        }
        assertThat(deadlines.ofStream(id)).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo("CANCELLED"));

        clock.travelTo(calendar.endOf(deadline).plus(Duration.ofDays(30)));
        assertThat(dispatcher.fireDueOf(List.of(id))).isZero();
        given().auth().oauth2(Tokens.partner(org)).get(pledge).then().body("status", equalTo("fulfilled"));
    }
}
