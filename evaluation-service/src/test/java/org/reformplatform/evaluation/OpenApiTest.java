package org.reformplatform.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ApiContract;

/** The OpenAPI document partners read: every endpoint with a summary and a security requirement, request bodies with examples. */
@QuarkusTest
class OpenApiTest {

    @Test
    void every_evaluation_endpoint_is_documented_with_a_summary_and_a_role() {
        JsonPath api = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(api.getString("info.title")).isEqualTo("Evaluation API");
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        assertThat(paths).containsKeys("/v1/schemes", "/v1/schemes/{id}/revisions", "/v1/schemes/{id}/versions/{version}", "/v1/cycles",
                "/v1/cycles/{id}/progress", "/v1/cycles/{id}/dossiers", "/v1/cycles/{id}/dossiers/{dossierId}/assignments",
                "/v1/cycles/{id}/dossiers/{dossierId}/scores", "/v1/cycles/{id}/conflicts", "/v1/cycles/{id}/conclusion", "/v1/assignments",
                "/v1/outcomes", "/v1/outcomes/summary", "/v1/researchers/{id}", "/v1/researchers/{id}/history", "/v1/challenge-lists",
                "/v1/challenge-lists/{id}/challenges/{code}/taking", "/v1/pledges", "/v1/pledges/{id}/targets/{code}/fulfilment",
                "/v1/pledges/{id}/assessment", "/v1/title-reviews", "/v1/title-reviews/{id}/applications/{applicationId}/votes",
                "/v1/title-reviews/{id}/applications/{applicationId}/decision", "/v1/title-results/summary", "/v1/pilots/{id}/figures",
                "/v1/reference-data/pilot", "/v1/reference-data/title-reviews", "/v1/evaluators", "/v1/evaluators/{subject}",
                "/v1/cycles/{id}/dossiers/{dossierId}/appeal", "/v1/cycles/{id}/dossiers/{dossierId}/appeal/reviewers",
                "/v1/cycles/{id}/dossiers/{dossierId}/appeal/scores");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/v1/")) {
                assertThat(operation).as("%s %s", method, path).containsKey("summary").containsKey("security");
            }
        }));
        // Request and response records keep their own schemas: TrackInput is what partners send, Track what they read.
        assertThat(api.getMap("components.schemas.TrackInput.properties")).containsKeys("indicators", "evaluators", "uses", "passMark", "posts");
        assertThat(api.getMap("components.schemas.Track.properties")).containsKeys("indicators", "evaluators", "uses");
        assertThat(api.getString("components.schemas.IndicatorInput.properties.weight.examples[0]")).isEqualTo("0.4");
        assertThat(api.getString("components.schemas.SpecialtyInput.properties.code.examples[0]")).isEqualTo("cloud-computing");
    }

    @Test
    void the_api_is_the_committed_contract() {
        ApiContract.assertUpToDate("evaluation");
    }
}
