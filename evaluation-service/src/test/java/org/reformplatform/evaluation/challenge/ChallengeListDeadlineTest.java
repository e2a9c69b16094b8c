package org.reformplatform.evaluation.challenge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/** A challenge list (揭榜挂帅) with a closing date closes for takers by itself when the date is over. The clock is moved, never waited for. */
@QuarkusTest
class ChallengeListDeadlineTest {

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

    static Map<String, Object> terms(LocalDate deadline) {
        return Map.of("leaderId", UUID.randomUUID(), "title", "Solve it", "targets", List.of(Map.of("code", "done", "description", "Solved")),
                "deadline", deadline.toString(), "consequences", "Leadership withdrawn", "use", "REWARD");
    }

    @Test
    void a_list_takes_takers_until_its_date_included_then_closes_by_itself_once() {
        String org = "biomed-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate closesOn = calendar.today().plusDays(30);
        String list = given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("title", "2027 open challenges",
                "closesOn", closesOn.toString(), "challenges", List.of(Map.of("code", "car-t", "title", "CAR-T process"),
                        Map.of("code", "mrna", "title", "mRNA delivery"))))
                .post("/v1/challenge-lists").then().statusCode(201).body("closesOn", equalTo(closesOn.toString())).body("status", equalTo("open"))
                .extract().header("Location");
        String id = list.substring(list.lastIndexOf('/') + 1);
        assertThat(deadlines.pending(ChallengeListCloses.NAME, id)).get()
                .satisfies(d -> assertThat(d.dueAt()).isEqualTo(calendar.endOf(closesOn)));

        // Its last day, in the region: still taken.
        clock.travelTo(calendar.endOf(closesOn).minusSeconds(3600));
        assertThat(dispatcher.fireDueOf(List.of(id))).isZero();
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(terms(closesOn.plusYears(1)))
                .post(list + "/challenges/car-t/taking").then().statusCode(201);

        clock.travelTo(calendar.endOf(closesOn).plusSeconds(1));
        // Refused at once, before the closing has run: the date decides, not the dispatcher.
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(terms(closesOn.plusYears(1))).post(list + "/challenges/mrna/taking").then().statusCode(409)
                .body("type", containsString("challenge-list-closed")));
        assertThat(dispatcher.fireDueOf(List.of(id))).isEqualTo(1);
        String version = given().auth().oauth2(Tokens.partner(org)).get(list).then().statusCode(200).body("status", equalTo("closed"))
                .body("challenges.find { it.code == 'mrna' }.takenBy", equalTo(null)).extract().header("ETag");
        clock.advance(Duration.ofDays(2));
        assertThat(dispatcher.fireDueOf(List.of(id))).isZero();
        given().auth().oauth2(Tokens.partner(org)).get(list).then().header("ETag", equalTo(version));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/challenge-lists").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].status", equalTo("closed")).body("items[0].taken", equalTo(1))
                .body("items[0].closesOn", equalTo(closesOn.toString())));
    }

    @Test
    void a_list_cannot_close_before_today_and_one_without_a_date_schedules_nothing() {
        String org = "biomed-" + UUID.randomUUID().toString().substring(0, 6);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("title", "late", "closesOn", calendar.today().minusDays(1).toString(), "challenges", List.of(Map.of("code", "x", "title", "X"))))
                .post("/v1/challenge-lists").then().statusCode(422).body("type", containsString("closes-before-today")));
        String list = given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("title", "open-ended", "challenges", List.of(Map.of("code", "x", "title", "X"))))
                .post("/v1/challenge-lists").then().statusCode(201).body("status", equalTo("open")).extract().header("Location");
        String id = list.substring(list.lastIndexOf('/') + 1);
        assertThat(deadlines.ofStream(id)).isEmpty();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        clock.travelTo(calendar.endOf(today.plusYears(3)));
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(terms(today.plusYears(4)))
                .post(list + "/challenges/x/taking").then().statusCode(201);
    }
}
