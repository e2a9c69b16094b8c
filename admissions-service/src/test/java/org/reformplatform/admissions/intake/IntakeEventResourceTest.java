package org.reformplatform.admissions.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

@QuarkusTest
class IntakeEventResourceTest {

    static Map<String, Object> camp(String title, int capacity) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        return Map.of(
                "title", title,
                "kind", "CAMP",
                "opensAt", now.minusDays(1).toString(),
                "closesAt", now.plusDays(30).toString(),
                "capacity", capacity,
                "requiredReviews", 3,
                "challenges", List.of(Map.of("code", "robot-arm", "title", "A sorting robot arm")),
                "criteria", List.of(
                        Map.of("code", "originality", "description", "How new", "weight", "0.4", "maxScore", 10),
                        Map.of("code", "execution", "description", "How well built", "weight", "0.6", "maxScore", 10)));
    }

    /** Announces and opens an intake event; returns its URL. */
    public static String openCamp(String title, int capacity) {
        String location = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(camp(title, capacity))
                .post("/v1/intake-events").then().statusCode(201).extract().header("Location");
        given().auth().oauth2(Tokens.operator()).post(location + "/opening").then().statusCode(200);
        return location;
    }

    @Test
    void an_operator_announces_and_opens_an_event_that_then_shows_among_the_open_ones() {
        String location = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(camp("Maker camp", 40))
                .post("/v1/intake-events").then().statusCode(201).header("ETag", "\"1\"")
                .body("status", equalTo("announced")).body("remainingPlaces", equalTo(40))
                .extract().header("Location");
        given().auth().oauth2(Tokens.operator()).header("If-Match", "\"1\"").post(location + "/opening")
                .then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("open"));

        String id = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.partner("uni-a"))
                .get("/v1/intake-events?status=open&size=200").then().statusCode(200).body("items.id", hasItem(id)));
    }

    @Test
    void weights_that_do_not_add_up_are_a_422_problem_and_nothing_is_announced() {
        Map<String, Object> body = new java.util.HashMap<>(camp("Bad weights", 10));
        body.put("criteria", List.of(Map.of("code", "a", "weight", "0.5", "maxScore", 10), Map.of("code", "b", "weight", "0.4", "maxScore", 10)));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body)
                .post("/v1/intake-events").then().statusCode(422).contentType("application/problem+json")
                .body("type", containsString("weights-not-one")).body("weightTotal", equalTo("0.9")));
    }

    @Test
    void missing_and_malformed_fields_are_a_400_problem_naming_them() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("title", "", "kind", "CAMP", "opensAt", "2026-01-01T00:00:00Z", "closesAt", "2026-02-01T00:00:00Z",
                        "capacity", 0, "challenges", List.of(), "criteria", List.of()))
                .post("/v1/intake-events").then().statusCode(400).body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("capacity")).body("errors.field", hasItem("challenges"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"kind\":\"SEMINAR\"}").post("/v1/intake-events").then().statusCode(400);
    }

    @Test
    void an_event_needs_two_reviews_at_least_and_may_ask_for_more() {
        Map<String, Object> one = new java.util.HashMap<>(camp("One review", 10));
        one.put("requiredReviews", 1);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(one)
                .post("/v1/intake-events").then().statusCode(400).body("errors.field", hasItem("requiredReviews")));
        Map<String, Object> five = new java.util.HashMap<>(camp("Five reviews", 10));
        five.put("requiredReviews", 5);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(five).post("/v1/intake-events").then().statusCode(201)
                .body("requiredReviews", equalTo(5));
    }

    @Test
    void an_event_chooses_its_non_consensus_policy_and_revises_it_only_before_it_opens() {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(camp("Default policy", 10)).post("/v1/intake-events")
                .then().statusCode(201).body("nonConsensusPolicy.admissionBar", equalTo("70")).body("nonConsensusPolicy.spreadThreshold", equalTo("25"))
                .body("nonConsensusPolicy.version", equalTo(1));
        Map<String, Object> own = new java.util.HashMap<>(camp("Own policy", 10));
        own.put("nonConsensusPolicy", Map.of("admissionBar", "80", "spreadThreshold", "15"));
        String location = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(own).post("/v1/intake-events")
                .then().statusCode(201).body("nonConsensusPolicy.admissionBar", equalTo("80")).body("nonConsensusPolicy.version", equalTo(1))
                .extract().header("Location");
        given().auth().oauth2(Tokens.partner("uni-a")).contentType(ContentType.JSON).body(Map.of("admissionBar", "60", "spreadThreshold", "30"))
                .post(location + "/non-consensus-policy").then().statusCode(403);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("admissionBar", "75", "spreadThreshold", "20"))
                .post(location + "/non-consensus-policy").then().statusCode(200).body("nonConsensusPolicy.admissionBar", equalTo("75"))
                .body("nonConsensusPolicy.spreadThreshold", equalTo("20")).body("nonConsensusPolicy.version", equalTo(2));
        given().auth().oauth2(Tokens.operator()).post(location + "/opening").then().statusCode(200);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("admissionBar", "60", "spreadThreshold", "30")).post(location + "/non-consensus-policy").then().statusCode(409)
                .body("type", containsString("intake-event-not-announced")));
    }

    @Test
    void only_operators_announce_events() {
        given().auth().oauth2(Tokens.partner("uni-a")).contentType(ContentType.JSON).body(camp("Not mine", 10))
                .post("/v1/intake-events").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(camp("Anonymous", 10)).post("/v1/intake-events").then().statusCode(401);
    }

    @Test
    void an_unknown_event_is_a_404_problem() {
        given().auth().oauth2(Tokens.operator()).post("/v1/intake-events/" + java.util.UUID.randomUUID() + "/opening")
                .then().statusCode(404).body("type", containsString("unknown-intake-event"));
    }
}
