package org.reformplatform.evaluation.reference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/** The report's pilot loaded through commands: its headline figures 6 / 76 / 329 are read back from the read model. */
@QuarkusTest
class ReferencePilotResourceTest {

    @Test
    void the_pilots_headline_figures_come_out_of_the_events() {
        String pilot = given().auth().oauth2(Tokens.operator()).post("/v1/reference-data/pilot").then().statusCode(201)
                .body("institutionsJoined", equalTo(6)).body("dossiersSubmitted", equalTo(329)).extract().header("Location");

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get(pilot + "/figures").then()
                .statusCode(200).body("institutions", equalTo(6)).body("measures", equalTo(76)).body("researchersReached", equalTo(329))
                .body("byInstitution", hasSize(6))
                .body("byInstitution.find { it.institution == 'renji-hospital' }.researchersReached", equalTo(85))
                .body("byInstitution.find { it.institution == 'renji-hospital' }.measures", equalTo(16))
                .body("measuresByDimension.dimension", hasItems("WHAT", "WHO", "HOW", "USE")));

        // Loading again finds everything there: nothing is written, so the figures cannot move.
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).post("/v1/reference-data/pilot").then()
                .statusCode(200).body("dossiersSubmitted", equalTo(0)).body("measuresRecorded", equalTo(0)));

        // Each institution sees its own classified scheme and pilot cycle.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.partner("microsatellite-centre")).get("/v1/schemes")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].tracks", equalTo(4)));
        String scheme = given().auth().oauth2(Tokens.partner("renji-hospital")).get("/v1/schemes").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        given().auth().oauth2(Tokens.partner("renji-hospital")).get("/v1/schemes/" + scheme).then().statusCode(200)
                .body("tracks.code", hasItems("clinician-comprehensive", "clinician-clinical", "clinician-teaching", "nursing", "medical-technician"))
                .body("tracks.find { it.code == 'clinician-clinical' }.indicators.find { it.code == 'clinical-research-points' }.kind", equalTo("POINTS"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.partner("agri-gene-centre")).get("/v1/cycles")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].dossiers", equalTo(48)));
        given().auth().oauth2(Tokens.partner("agri-gene-centre")).get("/v1/schemes").then()
                .body("items[0].tracks", equalTo(4));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.partner("biomed-institute")).get("/v1/challenge-lists")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].challenges", equalTo(3)));
        given().auth().oauth2(Tokens.analyst()).get("/v1/pilots").then().statusCode(200).body("items.id", hasItem(pilot.substring(pilot.lastIndexOf('/') + 1)));
        given().auth().oauth2(Tokens.partner("renji-hospital")).post("/v1/reference-data/pilot").then().statusCode(403);
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
