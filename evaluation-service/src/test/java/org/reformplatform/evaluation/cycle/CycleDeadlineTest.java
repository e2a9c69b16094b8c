package org.reformplatform.evaluation.cycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.reformplatform.evaluation.cycle.CycleFixtures.assign;
import static org.reformplatform.evaluation.cycle.CycleFixtures.defineScheme;
import static org.reformplatform.evaluation.cycle.CycleFixtures.idOf;
import static org.reformplatform.evaluation.cycle.CycleFixtures.openCycle;
import static org.reformplatform.evaluation.cycle.CycleFixtures.sheet;
import static org.reformplatform.evaluation.cycle.CycleFixtures.submit;
import static org.reformplatform.evaluation.cycle.CycleFixtures.unique;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.deadline.DeadlineDispatcher;
import org.reformplatform.eventsourcing.deadline.Deadlines;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/**
 * A cycle's dossier and scoring deadlines through the API: after the first it takes no dossier and is
 * scored; after the second the sheets still owed are overdue and an operator concludes with what it
 * has. The clock is moved, never waited for.
 */
@QuarkusTest
class CycleDeadlineTest {

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

    String openWithTimetable(String org, LocalDate dossiersUntil, LocalDate scoresUntil) {
        return given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("schemeId", idOf(defineScheme(org)), "name", "2027 evaluation", "dossiersUntil", dossiersUntil.toString(),
                        "scoresUntil", scoresUntil.toString()))
                .post("/v1/cycles").then().statusCode(201).body("status", equalTo("open")).body("dossiersUntil", equalTo(dossiersUntil.toString()))
                .body("scoresUntil", equalTo(scoresUntil.toString())).body("scoringOverdue", equalTo(false)).extract().header("Location");
    }

    @Test
    void a_cycle_moves_to_scoring_at_its_dossier_deadline_and_flags_the_sheets_owed_at_its_scoring_deadline_each_once() {
        String org = unique("satellite");
        LocalDate dossiersUntil = calendar.today().plusDays(20);
        LocalDate scoresUntil = dossiersUntil.plusDays(30);
        String cycle = openWithTimetable(org, dossiersUntil, scoresUntil);
        String id = idOf(cycle);
        assertThat(deadlines.pending(CycleDossiersDue.NAME, id)).get().satisfies(d -> assertThat(d.dueAt()).isEqualTo(calendar.endOf(dossiersUntil)));
        assertThat(deadlines.pending(CycleScoringDue.NAME, id)).get().satisfies(d -> assertThat(d.dueAt()).isEqualTo(calendar.endOf(scoresUntil)));

        // Two dossiers by the end of the dossier deadline's day.
        String first = submit(org, cycle, UUID.randomUUID());
        clock.travelTo(calendar.endOf(dossiersUntil).minusSeconds(60));
        String second = submit(org, cycle, UUID.randomUUID());
        String ind1 = unique("industry"), ind2 = unique("industry"), com = unique("committee"), late = unique("committee");
        assign(org, first, ind1, "INDUSTRY_EXPERT");
        assign(org, first, ind2, "INDUSTRY_EXPERT");
        assign(org, first, com, "COMMITTEE");
        assign(org, second, late, "COMMITTEE");

        // The day is over: a dossier is refused at once, and the deadline moves the cycle to scoring, once.
        clock.travelTo(calendar.endOf(dossiersUntil).plusSeconds(1));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", UUID.randomUUID(), "track", "engineering", "use", "PROMOTION", "evidence", List.of("late")))
                .post(cycle + "/dossiers").then().statusCode(409).body("type", containsString("dossiers-closed")));
        assertThat(dispatcher.fireDueOf(List.of(id))).isEqualTo(1);
        String scoring = given().auth().oauth2(Tokens.partner(org)).get(cycle).then().statusCode(200).body("status", equalTo("scoring"))
                .extract().header("ETag");
        assertThat(dispatcher.fireDueOf(List.of(id))).isZero();
        given().auth().oauth2(Tokens.partner(org)).get(cycle).then().header("ETag", equalTo(scoring));

        // Scoring goes on; the first dossier gets all its sheets, the second none.
        for (String evaluator : List.of(ind1, ind2, com)) {
            given().auth().oauth2(Tokens.evaluator(evaluator)).contentType(ContentType.JSON).body(sheet("9", "9")).post(first + "/scores").then()
                    .statusCode(200);
        }
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).post(cycle + "/conclusion?withWhatItHas=true").then()
                .statusCode(409).body("type", containsString("scoring-not-overdue")));

        clock.travelTo(calendar.endOf(scoresUntil).plusSeconds(1));
        assertThat(dispatcher.fireDueOf(List.of(id))).isEqualTo(1);
        assertThat(dispatcher.fireDueOf(List.of(id))).isZero();
        given().auth().oauth2(Tokens.partner(org)).get(cycle).then().body("status", equalTo("scoring")).body("scoringOverdue", equalTo(true));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.evaluator(late)).get("/v1/assignments").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].overdue", equalTo(true)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.evaluator(ind1)).get("/v1/assignments?status=scored").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].overdue", equalTo(false)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/cycles?status=scoring").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].scoringOverdue", equalTo(true)));

        // The institution cannot conclude with what it has; an operator can.
        given().auth().oauth2(Tokens.partner(org)).post(cycle + "/conclusion").then().statusCode(409)
                .body("type", containsString("evaluation-incomplete"));
        given().auth().oauth2(Tokens.partner(org)).post(cycle + "/conclusion?withWhatItHas=true").then().statusCode(403)
                .body("type", containsString("operator-only"));
        given().auth().oauth2(Tokens.operator()).post(cycle + "/conclusion?withWhatItHas=true").then().statusCode(200)
                .body("status", equalTo("concluded")).body("dossiers.result", hasItems("EXCELLENT", "NOT_EVALUATED"));
        assertThat(deadlines.ofStream(id)).extracting(Deadlines.DeadlineView::status).containsOnly("FIRED");
    }

    @Test
    void a_cycle_concluded_before_its_deadlines_cancels_them_and_they_do_not_act() {
        String org = unique("satellite");
        LocalDate dossiersUntil = calendar.today().plusDays(10);
        String cycle = openWithTimetable(org, dossiersUntil, dossiersUntil.plusDays(10));
        String id = idOf(cycle);
        given().auth().oauth2(Tokens.partner(org)).post(cycle + "/conclusion").then().statusCode(200).body("status", equalTo("concluded"));
        assertThat(deadlines.ofStream(id)).extracting(Deadlines.DeadlineView::status).containsOnly("CANCELLED");
        String version = given().auth().oauth2(Tokens.partner(org)).get(cycle).then().extract().header("ETag");

        clock.travelTo(calendar.endOf(dossiersUntil.plusDays(30)));
        assertThat(dispatcher.fireDueOf(List.of(id))).isZero();
        given().auth().oauth2(Tokens.partner(org)).get(cycle).then().header("ETag", equalTo(version)).body("status", equalTo("concluded"));
    }

    @Test
    void a_timetable_gives_both_days_in_order_and_a_cycle_without_one_schedules_nothing() {
        String org = unique("satellite");
        String scheme = idOf(defineScheme(org));
        LocalDate today = calendar.today();
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("schemeId", scheme, "name", "x", "dossiersUntil", today.plusDays(5).toString())).post("/v1/cycles").then()
                .statusCode(422).body("type", containsString("timetable-incomplete")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("schemeId", scheme, "name", "x", "dossiersUntil", today.plusDays(5).toString(), "scoresUntil", today.plusDays(5).toString()))
                .post("/v1/cycles").then().statusCode(422).body("type", containsString("scores-until-not-after-dossiers")));
        String cycle = openCycle(org, "/v1/schemes/" + scheme);
        assertThat(deadlines.ofStream(idOf(cycle))).isEmpty();
    }

    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
