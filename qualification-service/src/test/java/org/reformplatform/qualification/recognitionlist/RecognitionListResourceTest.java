package org.reformplatform.qualification.recognitionlist;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.qualification.referencedata.ReferenceData;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/**
 * Operators draft, revise and publish a version of the list through the API. The version drafted
 * here (3.1) takes effect in 2099, so version 3.0 stays in force today for the other tests.
 */
@QuarkusTest
class RecognitionListResourceTest {

    static final String VERSIONS = "/v1/recognition-list-versions";

    static Map<String, Object> entry(String name) {
        return Map.of("name", name, "issuingBody", "Fraunhofer Academy", "country", "Germany", "profession", "Engineering",
                "subLists", List.of("RECOGNISED", "TITLE_EQUIVALENCE"),
                "titleEquivalence", Map.of("series", "Engineering", "level", "SENIOR"));
    }

    @Test
    void an_operator_drafts_revises_and_publishes_a_version_that_then_never_changes() {
        ReferenceData.ensureLoaded();
        String operator = Tokens.operator();

        given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("version", "3.1")).post(VERSIONS)
                .then().statusCode(201).header("Location", containsString(VERSIONS + "/3.1"))
                .body("status", equalTo("draft")).body("basedOn", equalTo("3.0")).body("entries", equalTo(143))
                .body("counts.recognised", equalTo(139)).body("counts.titleEquivalence", equalTo(41));
        given().auth().oauth2(Tokens.partner("uni-a")).get(VERSIONS + "/3.1").then().statusCode(404).body("type", containsString("unknown-version"));
        given().auth().oauth2(Tokens.analyst()).get(VERSIONS + "/3.1").then().statusCode(200).body("status", equalTo("draft"));

        // add one, change one of 3.0's, withdraw another of 3.0's
        String added = given().auth().oauth2(operator).contentType(ContentType.JSON).body(entry("Certified Systems Engineer"))
                .post(VERSIONS + "/3.1/entries").then().statusCode(201).body("version", equalTo("3.1"))
                .extract().header("Location");
        given().auth().oauth2(operator).get(added).then().statusCode(200).body("name", equalTo("Certified Systems Engineer"));
        // mutual-recognition-only entries of 3.0: changing or withdrawing them leaves the recognised count alone
        Map<String, Object> first = given().auth().oauth2(operator).queryParam("subList", "MUTUAL_RECOGNITION").queryParam("country", "Hong Kong SAR")
                .get(VERSIONS + "/3.0/entries").then().statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> second = given().auth().oauth2(operator).queryParam("subList", "MUTUAL_RECOGNITION").queryParam("country", "Macao SAR")
                .get(VERSIONS + "/3.0/entries").then().statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> urgent = new HashMap<>(first);
        urgent.keySet().removeAll(List.of("version", "qualificationId", "titleEquivalence"));
        urgent.put("subLists", List.of("MUTUAL_RECOGNITION", "URGENTLY_NEEDED"));
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(urgent)
                .post(VERSIONS + "/3.1/entries/" + first.get("qualificationId") + "/revision").then().statusCode(200)
                .body("subLists", equalTo(List.of("URGENTLY_NEEDED", "MUTUAL_RECOGNITION")));
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("reason", "The agreement lapsed"))
                .post(VERSIONS + "/3.1/entries/" + second.get("qualificationId") + "/withdrawal").then().statusCode(200)
                .body("counts.mutualRecognition", equalTo(11)).body("counts.urgentlyNeeded", equalTo(25));

        // the draft refuses what the rules refuse, and nothing is written
        EventStoreProbe.assertNoEventWritten(() -> {
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("version", "3.2")).post(VERSIONS)
                    .then().statusCode(409).body("type", containsString("draft-already-open"));
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(entry("Certified Systems Engineer"))
                    .post(VERSIONS + "/3.1/entries").then().statusCode(409).body("type", containsString("duplicate-entry"));
            Map<String, Object> noTitle = new HashMap<>(entry("Certified Test Engineer"));
            noTitle.remove("titleEquivalence");
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(noTitle)
                    .post(VERSIONS + "/3.1/entries").then().statusCode(422).body("type", containsString("title-equivalence-missing"));
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(entry("Certified Test Engineer"))
                    .post(VERSIONS + "/3.0/entries").then().statusCode(409).body("type", containsString("version-published"));
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("effectiveOn", "2025-03-01"))
                    .post(VERSIONS + "/3.1/publication").then().statusCode(422).body("type", containsString("effective-date-not-later"))
                    .body("previousVersion", equalTo("3.0"));
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("effectiveOn", "2099-02-30"))
                    .post(VERSIONS + "/3.1/publication").then().statusCode(400).body("type", containsString("malformed-body"));
            given().auth().oauth2(operator).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(Map.of("effectiveOn", "2099-01-01"))
                    .post(VERSIONS + "/3.1/publication").then().statusCode(412).body("type", containsString("stale-version"));
        });

        String etag = given().auth().oauth2(operator).get(VERSIONS + "/3.1").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(operator).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("effectiveOn", "2099-01-01"))
                .post(VERSIONS + "/3.1/publication").then().statusCode(200).body("status", equalTo("published"))
                .body("effectiveOn", equalTo("2099-01-01"));

        EventStoreProbe.assertNoEventWritten(() -> {
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("effectiveOn", "2099-06-01"))
                    .post(VERSIONS + "/3.1/publication").then().statusCode(409).body("type", containsString("version-already-published"));
            given().auth().oauth2(operator).contentType(ContentType.JSON).body(Map.of("reason", "too late"))
                    .post(VERSIONS + "/3.1/entries/" + first.get("qualificationId") + "/withdrawal").then().statusCode(409)
                    .body("type", containsString("version-published"));
            given().auth().oauth2(operator).post(VERSIONS + "/3.1/discarding").then().statusCode(409);
        });

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.partner("uni-a"))
                .get(VERSIONS + "/3.1/differences").then().statusCode(200).body("from", equalTo("3.0"))
                .body("addedCount", equalTo(1)).body("changedCount", equalTo(1)).body("withdrawnCount", equalTo(1))
                .body("changed[0].changedFields", equalTo(List.of("subLists")))
                .body("withdrawn[0].reason", equalTo("The agreement lapsed")));
        given().auth().oauth2(Tokens.partner("uni-a")).queryParam("on", "2099-01-01").get(VERSIONS + "/in-force").then().statusCode(200)
                .body("version", equalTo("3.1")).body("counts.recognised", equalTo(140)).body("counts.titleEquivalence", equalTo(42));
        given().auth().oauth2(Tokens.partner("uni-a")).get(VERSIONS + "/in-force").then().statusCode(200).body("version", equalTo("3.0"));
        given().auth().oauth2(Tokens.partner("uni-a")).get(VERSIONS).then().statusCode(200).body("items.version", hasItem("3.1"));
    }

    @Test
    void only_operators_manage_versions_and_malformed_versions_are_refused() {
        EventStoreProbe.assertNoEventWritten(() -> {
            given().auth().oauth2(Tokens.partner("uni-a")).contentType(ContentType.JSON).body(Map.of("version", "9.0")).post(VERSIONS)
                    .then().statusCode(403).body("type", containsString("forbidden"));
            given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(Map.of("effectiveOn", "2099-01-01"))
                    .post(VERSIONS + "/3.0/publication").then().statusCode(403);
            given().contentType(ContentType.JSON).body(Map.of("version", "9.0")).post(VERSIONS).then().statusCode(401);
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("version", "three")).post(VERSIONS)
                    .then().statusCode(400).body("type", containsString("validation")).body("errors.field", hasItem("version"));
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("version", "9.0", "note", "x")).post(VERSIONS)
                    .then().statusCode(400).body("type", containsString("malformed-body"));
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                    .body(Map.of("name", "", "country", "Germany", "subLists", List.of())).post(VERSIONS + "/3.0/entries")
                    .then().statusCode(400).body("errors.field", hasItem("name")).body("errors.field", hasItem("issuingBody"))
                    .body("errors.field", hasItem("subLists"));
        });
        given().auth().oauth2(Tokens.analyst()).get(VERSIONS + "/9.9").then().statusCode(404).body("type", containsString("unknown-version"));
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
