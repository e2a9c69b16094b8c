package org.reformplatform.evaluation.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.reformplatform.evaluation.cycle.CycleFixtures.assign;
import static org.reformplatform.evaluation.cycle.CycleFixtures.defineScheme;
import static org.reformplatform.evaluation.cycle.CycleFixtures.openCycle;
import static org.reformplatform.evaluation.cycle.CycleFixtures.register;
import static org.reformplatform.evaluation.cycle.CycleFixtures.sheet;
import static org.reformplatform.evaluation.cycle.CycleFixtures.submit;
import static org.reformplatform.evaluation.cycle.CycleFixtures.unique;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/** An outcome appealed by the researcher's institution, within the window, reviewed by a second panel and revised. */
@QuarkusTest
class AppealResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    PlatformClock clock;

    @AfterEach
    void backToNow() {
        clock.backToNow();
    }

    @Test
    void an_appeal_within_the_window_is_reviewed_by_a_second_panel_and_revised() {
        String org = unique("satellite");
        String cycle = openCycle(org, defineScheme(org));
        String appealed = submit(org, cycle, UUID.randomUUID());
        String late = submit(org, cycle, UUID.randomUUID());
        String ind1 = unique("industry"), ind2 = unique("industry"), com = unique("committee");
        for (String dossier : List.of(appealed, late)) {
            assign(org, dossier, ind1, "INDUSTRY_EXPERT");
            assign(org, dossier, ind2, "INDUSTRY_EXPERT");
            assign(org, dossier, com, "COMMITTEE");
            score(ind1, dossier + "/scores", sheet("8", "6")).then().statusCode(200);
            score(ind2, dossier + "/scores", sheet("9", "6")).then().statusCode(200);
            score(com, dossier + "/scores", sheet("7", "9")).then().statusCode(200);
        }

        // Not before the conclusion.
        fileAppeal(org, appealed, "too early").then().statusCode(409).body("type", containsString("cycle-not-concluded"));
        given().auth().oauth2(Tokens.partner(org)).post(cycle + "/conclusion").then().statusCode(200).body("dossiers[0].result", equalTo("PASSED"));

        // Reasons are required; another institution cannot appeal.
        EventStoreProbe.assertNoEventWritten(() -> fileAppeal(org, appealed, " ").then().statusCode(400));
        fileAppeal(unique("other"), appealed, "not ours").then().statusCode(404);
        fileAppeal(org, appealed, "The flight model delivered in March was not considered").then().statusCode(200)
                .body("appeal.status", equalTo("under-review")).body("appeal.originalResult", equalTo("PASSED"));
        fileAppeal(org, appealed, "again").then().statusCode(409).body("type", containsString("appeal-exists"));

        // The second panel: registered, none of the first panel; only operators assign it.
        String ind8 = unique("industry"), ind9 = unique("industry"), com9 = unique("committee");
        register(ind8, "INDUSTRY_EXPERT");
        register(ind9, "INDUSTRY_EXPERT");
        register(com9, "COMMITTEE");
        reviewer(Tokens.partner(org), appealed, ind8).then().statusCode(403);
        reviewer(Tokens.operator(), appealed, ind1).then().statusCode(409).body("type", containsString("appeal-reviewer-on-first-panel"));
        reviewer(Tokens.operator(), appealed, unique("stranger")).then().statusCode(409).body("type", containsString("evaluator-not-registered"));
        for (String member : List.of(ind8, ind9, com9)) {
            reviewer(Tokens.operator(), appealed, member).then().statusCode(200);
        }
        // A second-panel evaluator sees the dossier; someone else cannot score the appeal.
        given().auth().oauth2(Tokens.evaluator(ind8)).get(appealed).then().statusCode(200).body("appeal.panel", hasSize(1));
        score(ind1, appealed + "/appeal/scores", sheet("9", "9")).then().statusCode(403).body("type", containsString("not-on-appeal-panel"));

        // Delivery 90 and quality 90 from the second panel: 90, EXCELLENT: the outcome is revised.
        score(ind8, appealed + "/appeal/scores", sheet("9", "9")).then().statusCode(200).body("status", equalTo("under-review"));
        score(ind9, appealed + "/appeal/scores", sheet("9", "8")).then().statusCode(200);
        score(com9, appealed + "/appeal/scores", sheet("9", "10")).then().statusCode(200).body("status", equalTo("decided"))
                .body("decision", equalTo("REVISED"));
        given().auth().oauth2(Tokens.partner(org)).get(appealed).then().statusCode(200)
                .body("outcome.total", equalTo("90.00")).body("outcome.result", equalTo("EXCELLENT"))
                .body("appeal.decision", equalTo("REVISED")).body("appeal.originalTotal", equalTo("76.00"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/outcomes?size=200").then().statusCode(200)
                .body("items.find { it.dossierId == '" + CycleFixtures.idOf(appealed) + "' }.result", equalTo("EXCELLENT")));

        // After the window (15 working days), no more appeals.
        String until = given().auth().oauth2(Tokens.partner(org)).get(cycle).then().statusCode(200).body("appealsUntil", notNullValue())
                .extract().path("appealsUntil");
        clock.advance(Duration.ofDays(40));
        fileAppeal(org, late, "too late").then().statusCode(409).body("type", containsString("appeal-window-closed"))
                .body("appealsUntil", equalTo(until));
    }

    private static io.restassured.response.Response fileAppeal(String org, String dossier, String reasons) {
        return given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("reasons", reasons)).post(dossier + "/appeal");
    }

    private static io.restassured.response.Response reviewer(String token, String dossier, String evaluator) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("evaluator", evaluator)).post(dossier + "/appeal/reviewers");
    }

    private static io.restassured.response.Response score(String evaluator, String path, Map<String, Object> sheet) {
        return given().auth().oauth2(Tokens.evaluator(evaluator)).contentType(ContentType.JSON).body(sheet).post(path);
    }
}
