package org.reformplatform.evaluation.cycle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.reformplatform.evaluation.cycle.CycleFixtures.assign;
import static org.reformplatform.evaluation.cycle.CycleFixtures.engineeringTrack;
import static org.reformplatform.evaluation.cycle.CycleFixtures.idOf;
import static org.reformplatform.evaluation.cycle.CycleFixtures.openCycle;
import static org.reformplatform.evaluation.cycle.CycleFixtures.scheme;
import static org.reformplatform.evaluation.cycle.CycleFixtures.sheet;
import static org.reformplatform.evaluation.cycle.CycleFixtures.submit;
import static org.reformplatform.evaluation.cycle.CycleFixtures.unique;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.kafka.ForeignEvents;
import org.reformplatform.testing.Tokens;

/**
 * Evidence from other services changes a researcher's score (业绩导向): a track that weighs title
 * equivalences and leave-to-found results adds their points, on the real broker and database.
 */
@QuarkusTest
class EvidenceScoringResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void evidence_arriving_from_qualification_and_mobility_raises_the_score_and_shows_what_each_added() {
        String org = unique("satellite");
        Map<String, Object> track = new HashMap<>(engineeringTrack("0.6", "0.4"));
        track.put("evidenceWeights", List.of(Map.of("kind", "TITLE_EQUIVALENCE", "pointsEach", "4", "cap", "8"),
                Map.of("kind", "LEAVE_TO_FOUND", "pointsEach", "5", "cap", "10")));
        String schemeLocation = given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(scheme(track))
                .post("/v1/schemes").then().statusCode(201).body("tracks[0].evidenceWeights", hasSize(2)).extract().header("Location");
        String cycleLocation = openCycle(org, schemeLocation);

        UUID withEvidence = UUID.randomUUID();
        UUID without = UUID.randomUUID();
        String first = submit(org, cycleLocation, withEvidence);
        String second = submit(org, cycleLocation, without);
        for (String dossier : List.of(first, second)) {
            String ind1 = unique("industry"), ind2 = unique("industry"), com = unique("committee");
            assign(org, dossier, ind1, "INDUSTRY_EXPERT");
            assign(org, dossier, ind2, "INDUSTRY_EXPERT");
            assign(org, dossier, com, "COMMITTEE");
            score(ind1, dossier, sheet("8", "6"));
            score(ind2, dossier, sheet("9", "6"));
            score(com, dossier, sheet("7", "9"));
        }

        // qualification-service recognises a title equivalence; mobility-service reviews a leave-to-found arrangement favourably.
        UUID recognition = UUID.randomUUID();
        Map<String, Object> equivalence = new HashMap<>();
        equivalence.put("applicationId", recognition.toString());
        equivalence.put("holderId", withEvidence.toString());
        equivalence.put("qualificationId", UUID.randomUUID().toString());
        equivalence.put("qualificationName", "Chartered Engineer (CEng)");
        equivalence.put("country", "GB");
        equivalence.put("titleSeries", "ENGINEERING");
        equivalence.put("titleLevel", "SENIOR");
        equivalence.put("listVersion", "3.0");
        equivalence.put("recognisedOn", "2026-10-20");
        ForeignEvents.publish("qualification", "TitleEquivalenceRecognised", recognition.toString(), equivalence);
        UUID arrangement = UUID.randomUUID();
        ForeignEvents.publish("mobility", "ResultsReviewed", arrangement.toString(), Map.of(
                "arrangementId", arrangement.toString(), "researcherId", withEvidence.toString(), "form", "LEAVE_TO_FOUND",
                "institution", org, "enterprise", "orbit-start-up", "period", Map.of("from", "2024-03-01", "to", "2026-02-28"),
                "outcome", "EXCEEDED", "results", List.of(Map.of("kind", "PRODUCT", "title", "Star tracker in orbit"))));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/researchers/" + withEvidence).then()
                .statusCode(200).body("titleEquivalences", hasSize(1)).body("mobility", hasSize(1)));

        // 76 from the indicators for both; + 4 (title equivalence) + 5 (leave-to-found) = 85 for the researcher with evidence: excellent.
        given().auth().oauth2(Tokens.partner(org)).post(cycleLocation + "/conclusion").then().statusCode(200)
                .body("status", equalTo("concluded"))
                .body("dossiers[0].total", equalTo("85.00")).body("dossiers[0].result", equalTo("EXCELLENT"))
                .body("dossiers[1].total", equalTo("76.00")).body("dossiers[1].result", equalTo("PASSED"));
        given().auth().oauth2(Tokens.partner(org)).get(first).then().statusCode(200)
                .body("outcome.total", equalTo("85.00")).body("outcome.indicatorTotal", equalTo("76.00"))
                .body("outcome.evidence", hasSize(2))
                .body("outcome.evidence[0].kind", equalTo("TITLE_EQUIVALENCE")).body("outcome.evidence[0].points", equalTo("4.00"))
                .body("outcome.evidence[0].source", equalTo("qualification:" + recognition))
                .body("outcome.evidence[1].kind", equalTo("LEAVE_TO_FOUND")).body("outcome.evidence[1].points", equalTo("5.00"))
                .body("outcome.evidence[1].source", equalTo("mobility:" + arrangement));
        given().auth().oauth2(Tokens.partner(org)).get(second).then().statusCode(200)
                .body("outcome.total", equalTo("76.00")).body("outcome.evidence", hasSize(0));
    }

    private static void score(String evaluator, String dossier, Map<String, Object> sheet) {
        given().auth().oauth2(Tokens.evaluator(evaluator)).contentType(ContentType.JSON).body(sheet).post(dossier + "/scores").then().statusCode(200);
    }
}
