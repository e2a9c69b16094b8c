package org.reformplatform.evaluation.title;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.kafka.ForeignEvents;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/**
 * The first senior-title review for digital technology through the API: a foreign qualification's
 * title equivalence arrives from qualification-service on {@code qualification.events} before the
 * researcher is known here, and makes the applicant eligible; mobility results arrive on
 * {@code mobility.events} and show on the researcher's record.
 */
@QuarkusTest
class TitleReviewResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final List<String> PANEL = List.of("panel-1", "panel-2", "panel-3", "panel-4", "panel-5");

    String review;

    @BeforeEach
    void the_reference_reviews_are_loaded_and_the_digital_technology_panel_appointed() {
        JsonPath loaded = given().auth().oauth2(Tokens.operator()).post("/v1/reference-data/title-reviews").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201))).extract().jsonPath();
        review = "/v1/title-reviews/" + loaded.getString("find { it.key == 'digital-technology-senior' }.id");
        for (String member : PANEL) {
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("member", member, "name", "Expert " + member))
                    .post(review + "/panel").then().statusCode(200);
        }
    }

    @Test
    void the_reference_reviews_are_the_reports_series_specialties_and_levels() {
        given().auth().oauth2(Tokens.analyst()).get(review).then().statusCode(200)
                .body("seriesCode", equalTo("ENGINEERING")).body("disciplineCode", equalTo("DIGITAL_TECHNOLOGY")).body("level", equalTo("SENIOR"))
                .body("specialties", hasSize(12))
                .body("specialties.code", hasItems("cloud-computing", "internet-of-things", "big-data", "cryptographic-engineering"))
                .body("approvalsNeeded", equalTo(4));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/title-reviews").then().statusCode(200)
                .body("items.disciplineCode", hasItems("DIGITAL_TECHNOLOGY", "FINANCIAL_TECHNOLOGY"))
                .body("items.find { it.disciplineCode == 'FINANCIAL_TECHNOLOGY' }.level", equalTo("INTERMEDIATE")));
    }

    @Test
    void a_foreign_title_equivalence_arriving_before_the_researcher_is_known_makes_the_applicant_eligible() {
        String org = "microsatellite-" + UUID.randomUUID().toString().substring(0, 6);
        UUID researcher = UUID.randomUUID();
        UUID recognition = UUID.randomUUID();

        // qualification-service recognises a Chartered Engineer as a senior engineering title; evaluation has never heard of the holder.
        Map<String, Object> data = new HashMap<>();
        data.put("applicationId", recognition.toString());
        data.put("holderId", researcher.toString());
        data.put("qualificationId", UUID.randomUUID().toString());
        data.put("qualificationName", "Chartered Engineer (CEng)");
        data.put("country", "GB");
        data.put("titleSeries", "ENGINEERING");
        data.put("titleLevel", "SENIOR");
        data.put("listVersion", "3.0");
        data.put("recognisedOn", "2026-10-20");
        ForeignEvents.publish("qualification", "TitleEquivalenceRecognised", recognition.toString(), data);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/researchers/" + researcher).then()
                .statusCode(200).body("titleEquivalences", hasSize(1))
                .body("titleEquivalences[0].qualificationName", equalTo("Chartered Engineer (CEng)"))
                .body("titleEquivalences[0].titleLevel", equalTo("SENIOR")).body("titleEquivalences[0].recognisedOn", equalTo("2026-10-20")));

        String application = file(org, researcher, "cloud-computing", null);
        given().auth().oauth2(Tokens.partner(org)).get(application).then().statusCode(200)
                .body("eligibilityNow.eligible", equalTo(true)).body("eligibilityNow.route", equalTo("FOREIGN_EQUIVALENCE"));

        for (String member : PANEL.subList(0, 4)) {
            given().auth().oauth2(Tokens.evaluator(member)).contentType(ContentType.JSON).body(Map.of("approve", true))
                    .post(application + "/votes").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.evaluator("panel-5")).contentType(ContentType.JSON).body(Map.of("approve", false))
                .post(application + "/votes").then().statusCode(200);

        given().auth().oauth2(Tokens.operator()).post(application + "/decision").then().statusCode(200)
                .body("decision", equalTo("APPROVED")).body("route", equalTo("FOREIGN_EQUIVALENCE")).body("approvals", equalTo(4));

        String applicationId = application.substring(application.lastIndexOf('/') + 1);
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .get("/v1/title-results?series=ENGINEERING&discipline=DIGITAL_TECHNOLOGY&specialty=cloud-computing&level=SENIOR&status=approved")
                .then().statusCode(200).body("items.applicationId", hasItem(applicationId))
                .body("items.find { it.applicationId == '" + applicationId + "' }.route", equalTo("FOREIGN_EQUIVALENCE")));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/title-results/summary?discipline=DIGITAL_TECHNOLOGY")
                .then().statusCode(200)
                .body("items.find { it.specialty == 'cloud-computing' && it.level == 'SENIOR' }.approved", greaterThanOrEqualTo(1)));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org)).get("/v1/researchers/" + researcher + "/history")
                .then().statusCode(200).body("items.kind", hasItems("title-equivalence", "title-application", "title-decision"))
                .body("items.summary", hasItem(containsString("Chartered Engineer (CEng)"))));
    }

    @Test
    void without_a_qualifying_title_an_approved_application_is_still_rejected() {
        String org = "agri-" + UUID.randomUUID().toString().substring(0, 6);
        UUID researcher = UUID.randomUUID();
        String application = file(org, researcher, "big-data", Map.of("series", "ENGINEERING", "level", "INTERMEDIATE", "since", "2015-01-01"));
        for (String member : PANEL) {
            given().auth().oauth2(Tokens.evaluator(member)).contentType(ContentType.JSON).body(Map.of("approve", true))
                    .post(application + "/votes").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.operator()).post(application + "/decision").then().statusCode(200)
                .body("decision", equalTo("REJECTED")).body("route", equalTo("NONE"))
                .body("eligibilityNow.reasons", hasItem("no-qualifying-title"));
    }

    @Test
    void mobility_results_arriving_on_mobility_events_show_on_the_researchers_record() {
        UUID researcher = UUID.randomUUID();
        UUID arrangement = UUID.randomUUID();
        // A record another service cannot read goes to the dead letters and does not hold up the next one.
        ForeignEvents.publishRaw("mobility", "mobility.ResultsReviewed.v1", arrangement.toString(), "not json".getBytes(StandardCharsets.UTF_8));
        ForeignEvents.publish("mobility", "ResultsReviewed", arrangement.toString(), Map.of("researcherId", UUID.randomUUID().toString()));
        ForeignEvents.publish("mobility", "ResultsReviewed", arrangement.toString(), Map.of(
                "arrangementId", arrangement.toString(), "researcherId", researcher.toString(), "form", "SECONDMENT",
                "institution", "shanghai-university", "enterprise", "chipmaker-co", "period", Map.of("from", "2025-03-01", "to", "2026-02-28"),
                "outcome", "EXCELLENT", "results", List.of("Tape-out of a 28 nm test chip", "Two joint patents")));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.operator()).get("/v1/researchers/" + researcher).then()
                .statusCode(200).body("mobility", hasSize(1)).body("mobility[0].arrangementId", equalTo(arrangement.toString()))
                .body("mobility[0].form", equalTo("SECONDMENT")).body("mobility[0].positive", equalTo(true))
                .body("mobility[0].from", equalTo("2025-03-01")).body("mobility[0].results", hasItem("Two joint patents")));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/researchers/" + researcher + "/history")
                .then().statusCode(200).body("items.kind", hasItem("mobility-results"))
                .body("items.summary", hasItem(containsString("chipmaker-co"))));

        // The same event delivered again (a redelivery, a replay) adds nothing.
        long before = EventStoreProbe.eventCount(researcher.toString());
        ForeignEvents.publish("mobility", "ResultsReviewed", arrangement.toString(), Map.of(
                "arrangementId", arrangement.toString(), "researcherId", researcher.toString(), "form", "SECONDMENT",
                "institution", "shanghai-university", "enterprise", "chipmaker-co", "period", Map.of("from", "2025-03-01", "to", "2026-02-28"),
                "outcome", "EXCELLENT", "results", List.of("Tape-out of a 28 nm test chip", "Two joint patents")));
        UUID marker = UUID.randomUUID();
        ForeignEvents.publish("mobility", "ResultsReviewed", marker.toString(), Map.of("arrangementId", marker.toString(),
                "researcherId", researcher.toString(), "form", "PART_TIME", "outcome", "SATISFACTORY"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.operator()).get("/v1/researchers/" + researcher).then()
                .body("mobility", hasSize(2)));
        org.assertj.core.api.Assertions.assertThat(EventStoreProbe.eventCount(researcher.toString())).isEqualTo(before + 1);
    }

    @Test
    void votes_and_applications_are_refused_where_the_rules_say_and_write_nothing() {
        String org = "uni-" + UUID.randomUUID().toString().substring(0, 6);
        String application = file(org, UUID.randomUUID(), "blockchain", null);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.evaluator("not-on-the-panel")).contentType(ContentType.JSON)
                .body(Map.of("approve", true)).post(application + "/votes").then().statusCode(403).body("type", containsString("not-on-panel")));
        given().auth().oauth2(Tokens.evaluator("panel-1")).contentType(ContentType.JSON).body(Map.of("approve", true))
                .post(application + "/votes").then().statusCode(200);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.evaluator("panel-1")).contentType(ContentType.JSON)
                .body(Map.of("approve", false)).post(application + "/votes").then().statusCode(409).body("type", containsString("already-voted")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", UUID.randomUUID(), "specialty", "quantum-computing", "achievements", 3))
                .post(review + "/applications").then().statusCode(422).body("type", containsString("unknown-specialty")));
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).post(application + "/decision")
                .then().statusCode(403));
        given().auth().oauth2(Tokens.partner("someone-else")).get(application).then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator("not-on-the-panel")).get(review).then().statusCode(404);
    }

    private String file(String org, UUID researcher, String specialty, Map<String, Object> heldTitle) {
        Map<String, Object> body = new HashMap<>();
        body.put("researcherId", researcher);
        body.put("specialty", specialty);
        body.put("achievements", 3);
        if (heldTitle != null) {
            body.put("heldTitle", heldTitle);
        }
        return given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(body).post(review + "/applications")
                .then().statusCode(201).body("level", equalTo("SENIOR")).extract().header("Location");
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
