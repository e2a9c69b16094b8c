package org.reformplatform.crudbaseline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.PlatformTestResource;
import org.reformplatform.testing.Tokens;

/** The baseline starts, stores a submitted application and refuses what admissions refuses. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ApplicationResourceTest {

    static String body(String email) {
        return """
                {"intakeEventId": "%s", "candidate": {"name": "Li Wei", "contactEmail": "%s",
                 "background": {"degreeLevel": "NONE", "discipline": "Classical music", "description": "Builds robots"}}}
                """.formatted(UUID.randomUUID(), email);
    }

    @Test
    void a_partner_submits_an_application_and_reads_it_back() {
        String location = given().auth().oauth2(Tokens.partner("university-a")).contentType("application/json").body(body("li.wei@example.org"))
                .when().post("/v1/applications")
                .then().statusCode(201).header("Location", startsWith("http")).body("organisation", equalTo("university-a"))
                .extract().header("Location");
        given().auth().oauth2(Tokens.partner("university-a")).when().get(location)
                .then().statusCode(200).body("candidateName", equalTo("Li Wei")).body("status", equalTo("submitted"));
        given().auth().oauth2(Tokens.partner("enterprise-b")).when().get(location).then().statusCode(404);
    }

    @Test
    void bad_input_unknown_fields_and_missing_tokens_are_refused() {
        given().auth().oauth2(Tokens.partner("university-a")).contentType("application/json").body(body("not-an-email"))
                .when().post("/v1/applications").then().statusCode(400);
        given().auth().oauth2(Tokens.partner("university-a")).contentType("application/json").body("{\"intakeEventId\": \"" + UUID.randomUUID()
                + "\", \"candidate\": {\"name\": \"A\", \"contactEmail\": \"a@example.org\"}, \"extra\": 1}")
                .when().post("/v1/applications").then().statusCode(400);
        given().contentType("application/json").body(body("a@example.org")).when().post("/v1/applications").then().statusCode(401);
        given().auth().oauth2(Tokens.reviewer("reviewer-1")).contentType("application/json").body(body("a@example.org"))
                .when().post("/v1/applications").then().statusCode(403);
        given().auth().oauth2(Tokens.operator()).when().get("/q/health/ready").then().statusCode(200);
    }
}
