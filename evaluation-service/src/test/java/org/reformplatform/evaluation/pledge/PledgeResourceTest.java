package org.reformplatform.evaluation.pledge;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/** Open challenges (揭榜挂帅) and pledge agreements (军令状) through the API: fulfilment is an evaluation outcome. */
@QuarkusTest
class PledgeResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void a_team_takes_a_challenge_under_a_pledge_and_its_fulfilment_is_an_outcome_for_each_of_them() {
        String org = "biomed-" + UUID.randomUUID().toString().substring(0, 6);
        String list = given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("title", "2026 open challenges",
                "challenges", List.of(Map.of("code", "car-t", "title", "CAR-T process"), Map.of("code", "mrna", "title", "mRNA delivery"))))
                .post("/v1/challenge-lists").then().statusCode(201).extract().header("Location");

        UUID leader = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> terms = Map.of("leaderId", leader, "team", List.of(member), "title", "CAR-T process in 18 months",
                "targets", List.of(Map.of("code", "process", "description", "Process validated"), Map.of("code", "batches", "description", "Three batches")),
                "deadline", today.plusMonths(18).toString(), "consequences", "Leadership withdrawn", "use", "REWARD");
        String pledge = given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(terms)
                .post(list + "/challenges/car-t/taking").then().statusCode(201).body("status", equalTo("signed"))
                .body("challengeCode", equalTo("car-t")).extract().header("Location");
        given().auth().oauth2(Tokens.partner(org)).get(list).then().body("challenges.find { it.code == 'car-t' }.takenBy.leaderId", equalTo(leader.toString()));

        // A challenge is led by one taker: a second is refused and nothing is written.
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(terms)
                .post(list + "/challenges/car-t/taking").then().statusCode(409).body("type", containsString("challenge-taken")));
        // Not due yet: it cannot fail before its deadline.
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("on", today.toString())).post(pledge + "/assessment").then().statusCode(409).body("type", containsString("pledge-not-due")));

        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("metOn", today.toString(), "evidence", "QA report"))
                .post(pledge + "/targets/process/fulfilment").then().statusCode(200).body("status", equalTo("signed"));
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("metOn", today.toString(), "evidence", "Batch records"))
                .post(pledge + "/targets/batches/fulfilment").then().statusCode(200).body("status", equalTo("fulfilled"));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/outcomes?track=challenge:car-t").then()
                .statusCode(200).body("items", hasSize(2)).body("items.researcherId", hasItems(leader.toString(), member.toString()))
                .body("items.result", hasItems("FULFILLED")).body("items.use", hasItems("REWARD")));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/pledges?status=fulfilled").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].targetsMet", equalTo(2)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/researchers/" + member + "/history").then()
                .statusCode(200).body("items.kind", hasItems("pledge-signed", "pledge-fulfilled")));
        given().auth().oauth2(Tokens.partner("another-institute")).get(pledge).then().statusCode(404);
    }

    @Test
    void a_pledge_needs_a_deadline_after_today_and_targets_met_by_then() {
        String org = "biomed-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> terms = Map.of("leaderId", UUID.randomUUID(), "title", "AI screening", "targets",
                List.of(Map.of("code", "candidates", "description", "Three candidates")), "deadline", today.toString(),
                "consequences", "No institute funding for two years", "use", "PROMOTION");
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(terms)
                .post("/v1/pledges").then().statusCode(422).body("type", containsString("deadline-not-after-signing")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "targets", List.of(), "deadline", "2030-01-01")).post("/v1/pledges").then().statusCode(400)
                .body("errors.field", hasItems("leaderId", "targets", "consequences", "use")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("metOn", today.toString())).post("/v1/pledges/" + UUID.randomUUID() + "/targets/x/fulfilment").then().statusCode(404)
                .body("type", containsString("unknown-pledge")));
    }
}
