package org.reformplatform.evaluation.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.reformplatform.evaluation.cycle.CycleFixtures.assign;
import static org.reformplatform.evaluation.cycle.CycleFixtures.defineScheme;
import static org.reformplatform.evaluation.cycle.CycleFixtures.engineeringTrack;
import static org.reformplatform.evaluation.cycle.CycleFixtures.idOf;
import static org.reformplatform.evaluation.cycle.CycleFixtures.openCycle;
import static org.reformplatform.evaluation.cycle.CycleFixtures.scheme;
import static org.reformplatform.evaluation.cycle.CycleFixtures.sheet;
import static org.reformplatform.evaluation.cycle.CycleFixtures.submit;
import static org.reformplatform.evaluation.cycle.CycleFixtures.unique;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/** A cycle through the API, from scheme to outcome, on the real broker and database; and what it refuses. */
@QuarkusTest
class CycleResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void a_full_cycle_from_scheme_to_outcome_keeps_its_scheme_version_and_shows_in_the_read_models() {
        String org = unique("satellite");
        String schemeLocation = defineScheme(org);
        String cycleLocation = openCycle(org, schemeLocation);
        String cycleId = idOf(cycleLocation);

        // A revision during the open cycle makes version 2 for later cycles; this one keeps version 1.
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("tracks", List.of(engineeringTrack("0.5", "0.5")), "note", "equal weights"))
                .post(schemeLocation + "/revisions").then().statusCode(200).body("version", equalTo(2)).body("currentVersion", equalTo(2));
        given().auth().oauth2(Tokens.partner(org)).get(schemeLocation + "/versions/1").then().statusCode(200)
                .body("tracks[0].indicators[0].weight", equalTo("0.6"));
        given().auth().oauth2(Tokens.partner(org)).get(cycleLocation).then().statusCode(200).header("ETag", "\"1\"")
                .body("schemeVersion", equalTo(1)).body("tracks[0].indicators[0].weight", equalTo("0.6"));

        UUID researcher = UUID.randomUUID();
        String dossier = submit(org, cycleLocation, researcher);
        String dossierId = idOf(dossier);
        String ind1 = unique("industry"), ind2 = unique("industry"), com = unique("committee");
        assign(org, dossier, ind1, "INDUSTRY_EXPERT");
        assign(org, dossier, ind2, "INDUSTRY_EXPERT");
        assign(org, dossier, com, "COMMITTEE");

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.evaluator(ind1)).get("/v1/assignments").then().statusCode(200)
                .body("items.dossierId", hasItem(dossierId)).body("items", hasSize(1)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get(cycleLocation + "/progress").then()
                .statusCode(200).body("dossiers", equalTo(1)).body("evaluatorsRequired", equalTo(3)).body("evaluatorsAssigned", equalTo(3))
                .body("evaluatorsToAssign", equalTo(0)).body("scoresOutstanding", equalTo(3)));

        // The evaluator sees what to score and scores it.
        given().auth().oauth2(Tokens.evaluator(ind1)).get(dossier).then().statusCode(200)
                .body("track.indicators.code", hasItems("delivery", "quality")).body("assignments", hasSize(1));
        score(ind1, dossier, sheet("8", "6")).then().statusCode(200).body("scoreSheets", hasSize(1));
        score(ind2, dossier, sheet("9", "6")).then().statusCode(200);
        score(com, dossier, sheet("7", "9")).then().statusCode(200);

        // 0.6 × mean(80, 90, 70) + 0.4 × mean(60, 60, 90) = 0.6 × 80 + 0.4 × 70 = 76, by version 1's weights (version 2's would give 75).
        given().auth().oauth2(Tokens.partner(org)).post(cycleLocation + "/conclusion").then().statusCode(200)
                .body("status", equalTo("concluded")).body("dossiers[0].total", equalTo("76.00")).body("dossiers[0].result", equalTo("PASSED"))
                // Raw and calibrated side by side: three evaluators with one comparison each move a fifth of their deviations, which cancel.
                .body("dossiers[0].rawTotal", equalTo("76.00")).body("dossiers[0].calibratedTotal", equalTo("76.00"))
                .body("calibration", hasSize(3)).body("calibration.find { it.evaluator == '" + ind1 + "' }.offset", equalTo("-1.20"));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/outcomes?institution=" + org).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].researcherId", equalTo(researcher.toString()))
                .body("items[0].total", equalTo("76.00")).body("items[0].result", equalTo("PASSED")).body("items[0].use", equalTo("PROMOTION"))
                .body("items[0].useGranted", equalTo(true)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/outcomes/summary?track=engineering&use=PROMOTION")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].institution", equalTo(org))
                .body("items[0].result", equalTo("PASSED")).body("items[0].researchers", equalTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get(cycleLocation + "/progress").then()
                .body("status", equalTo("concluded")).body("scoresRecorded", equalTo(3)).body("scoresOutstanding", equalTo(0)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.operator()).get("/v1/researchers/" + researcher + "/history")
                .then().statusCode(200).body("items.kind", hasItems("dossier-submitted", "outcome"))
                .body("items.summary", hasItem(containsString("total 76.00"))));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.evaluator(ind1)).get("/v1/assignments?status=scored").then()
                .body("items.dossierId", hasItem(dossierId)));
        assertThatCycleIdIsListed(org, cycleId);
    }

    private void assertThatCycleIdIsListed(String org, String cycleId) {
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/cycles?status=concluded").then()
                .statusCode(200).body("items.id", hasItem(cycleId)).body("items.institution", not(hasItem(not(equalTo(org))))));
    }

    @Test
    void a_conflicted_evaluator_is_refused_assignment_and_an_earlier_assignment_is_withdrawn() {
        String org = unique("hospital");
        String cycle = openCycle(org, defineScheme(org));
        UUID researcher = UUID.randomUUID();
        String dossier = submit(org, cycle, researcher);
        String declared = unique("industry"), later = unique("industry");

        given().auth().oauth2(Tokens.evaluator(declared)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", researcher, "reason", "supervised the candidate's thesis"))
                .post(cycle + "/conflicts").then().statusCode(200);
        CycleFixtures.register(declared, "INDUSTRY_EXPERT");
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("evaluator", declared, "kind", "INDUSTRY_EXPERT")).post(dossier + "/assignments")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("conflict-of-interest")));

        assign(org, dossier, later, "INDUSTRY_EXPERT");
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("evaluator", later, "researcherId", researcher, "reason", "joint patent"))
                .post(cycle + "/conflicts").then().statusCode(200);
        given().auth().oauth2(Tokens.partner(org)).get(dossier).then().statusCode(200).body("assignments", hasSize(0));
        // The conflicted evaluator can no longer score: 403, nothing written.
        EventStoreProbe.assertNoEventWritten(() -> score(later, dossier, sheet("9", "9")).then().statusCode(403)
                .body("type", containsString("evaluator-conflicted")));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.evaluator(later)).get("/v1/assignments?status=withdrawn")
                .then().body("items.dossierId", hasItem(idOf(dossier))));
    }

    @Test
    void weights_that_do_not_add_up_to_one_in_a_track_are_a_422_and_define_nothing() {
        String org = unique("centre");
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(scheme(engineeringTrack("0.6", "0.3"))).post("/v1/schemes").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("https://reform-platform.org/problems/weights-not-one"))
                .body("track", equalTo("engineering")).body("weightTotal", equalTo("0.9")));
    }

    @Test
    void scores_out_of_range_twice_or_by_an_evaluator_not_assigned_are_refused_and_write_nothing() {
        String org = unique("centre");
        String dossier = submit(org, openCycle(org, defineScheme(org)), UUID.randomUUID());
        String assigned = unique("industry");
        assign(org, dossier, assigned, "INDUSTRY_EXPERT");

        EventStoreProbe.assertNoEventWritten(() -> score(assigned, dossier, sheet("10.5", "5")).then().statusCode(422)
                .body("type", containsString("score-out-of-range")).body("indicator", equalTo("delivery")).body("max", equalTo("10")));
        EventStoreProbe.assertNoEventWritten(() -> score(assigned, dossier, Map.of("scores", List.of(Map.of("indicator", "delivery", "value", "5"))))
                .then().statusCode(422).body("type", containsString("scores-incomplete")));
        EventStoreProbe.assertNoEventWritten(() -> score(unique("stranger"), dossier, sheet("5", "5")).then().statusCode(403)
                .body("type", containsString("evaluator-not-assigned")));
        EventStoreProbe.assertNoEventWritten(() -> score(assigned, dossier, Map.of("scores", List.of(Map.of("indicator", "delivery", "value", "-1"))))
                .then().statusCode(400).body("type", containsString("validation")));

        score(assigned, dossier, sheet("10", "0")).then().statusCode(200);
        EventStoreProbe.assertNoEventWritten(() -> score(assigned, dossier, sheet("9", "9")).then().statusCode(409)
                .body("type", containsString("already-scored")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).post(dossier.substring(0, dossier.indexOf("/dossiers"))
                + "/conclusion").then().statusCode(409).body("type", containsString("evaluation-incomplete")));
    }

    @Test
    void another_institution_cannot_see_or_touch_a_cycle_and_evaluators_see_only_their_assignments() {
        String org = unique("centre");
        String other = unique("rival");
        String schemeLocation = defineScheme(org);
        String cycle = openCycle(org, schemeLocation);
        String dossier = submit(org, cycle, UUID.randomUUID());
        String evaluator = unique("industry");
        assign(org, dossier, evaluator, "INDUSTRY_EXPERT");

        given().auth().oauth2(Tokens.partner(other)).get(cycle).then().statusCode(404).body("type", containsString("unknown-cycle"));
        given().auth().oauth2(Tokens.partner(other)).get(schemeLocation).then().statusCode(404).body("type", containsString("unknown-scheme"));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(other)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", UUID.randomUUID(), "track", "engineering", "use", "PROMOTION"))
                .post(cycle + "/dossiers").then().statusCode(404).body("type", containsString("unknown-cycle")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(other)).contentType(ContentType.JSON)
                .body(Map.of("schemeId", idOf(schemeLocation), "name", "Not mine")).post("/v1/cycles")
                .then().statusCode(404).body("type", containsString("unknown-scheme")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(other)).contentType(ContentType.JSON)
                .body(Map.of("evaluator", "someone", "kind", "COMMITTEE")).post(dossier + "/assignments").then().statusCode(404));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(other)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "institution", org, "tracks", List.of(engineeringTrack("0.5", "0.5")))).post("/v1/schemes")
                .then().statusCode(403).body("type", containsString("not-your-organisation")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(other)).post(cycle + "/conclusion").then().statusCode(404));

        given().auth().oauth2(Tokens.evaluator(unique("industry"))).get(dossier).then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator(evaluator)).get(dossier).then().statusCode(200);
        given().auth().oauth2(Tokens.evaluator(evaluator)).get(cycle).then().statusCode(403);
        given().auth().oauth2(Tokens.evaluator(evaluator)).contentType(ContentType.JSON).body(scheme(engineeringTrack("0.5", "0.5")))
                .post("/v1/schemes").then().statusCode(403).body("type", containsString("forbidden"));
        given().contentType(ContentType.JSON).body(scheme(engineeringTrack("0.5", "0.5"))).post("/v1/schemes").then().statusCode(401);
        given().auth().oauth2(Tokens.partner(org)).get("/v1/assignments").then().statusCode(403);
    }

    @Test
    void dossiers_name_a_track_and_a_use_of_it_and_requests_are_validated() {
        String org = unique("centre");
        String cycle = openCycle(org, defineScheme(org));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", UUID.randomUUID(), "track", "nursing", "use", "PROMOTION")).post(cycle + "/dossiers")
                .then().statusCode(422).body("type", containsString("unknown-track")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", UUID.randomUUID(), "track", "engineering", "use", "REWARD")).post(cycle + "/dossiers")
                .then().statusCode(422).body("type", containsString("use-not-offered")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("track", "", "use", "PROMOTION")).post(cycle + "/dossiers")
                .then().statusCode(400).body("errors.field", hasItems("researcherId", "track")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body("{\"researcherId\":\"" + UUID.randomUUID() + "\",\"track\":\"engineering\",\"use\":\"FAME\"}").post(cycle + "/dossiers")
                .then().statusCode(400).body("type", containsString("malformed-body")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", UUID.randomUUID(), "track", "engineering", "use", "PROMOTION")).post("/v1/cycles/" + UUID.randomUUID() + "/dossiers")
                .then().statusCode(404).body("type", containsString("unknown-cycle")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(scheme(engineeringTrack("0.6", "0.4"))).post("/v1/schemes")
                .then().statusCode(422).body("type", containsString("institution-required")));
    }

    private static io.restassured.response.Response score(String evaluator, String dossier, Map<String, Object> sheet) {
        return given().auth().oauth2(Tokens.evaluator(evaluator)).contentType(ContentType.JSON).body(sheet).post(dossier + "/scores");
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
