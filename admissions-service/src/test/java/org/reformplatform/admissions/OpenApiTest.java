package org.reformplatform.admissions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ApiContract;

/** The OpenAPI document partners read: every endpoint with a summary, request bodies with examples. */
@QuarkusTest
class OpenApiTest {

    @Test
    void every_admissions_endpoint_is_documented_with_a_summary_and_a_role() {
        JsonPath api = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        assertThat(paths).containsKeys("/v1/applications", "/v1/applications/{id}/reviews", "/v1/applications/{id}/committee-decision",
                "/v1/review-queue", "/v1/special-reviews", "/v1/students/{id}/mentor-team", "/v1/mentor-load",
                "/v1/admission-statistics/by-month", "/v1/admission-statistics/by-intake-event");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/v1/")) {
                assertThat(operation).as("%s %s", method, path).containsKey("summary").containsKey("security");
            }
        }));
        assertThat(api.getString("components.schemas.CriterionScoreInput.properties.criterion.examples[0]")).isEqualTo("originality");
        assertThat(api.getString("components.schemas.CandidateInput.properties.name.examples[0]")).isEqualTo("Li Wei");
        // response records and request bodies never share a schema name: each keeps its own fields
        assertThat(api.getMap("components.schemas.ScoringCriterion.properties")).containsKeys("weight", "maxScore");
        assertThat(api.getMap("components.schemas.ScoringCriterionInput.properties")).containsKeys("weight", "maxScore");
        assertThat(api.getMap("components.schemas.ProjectWork.properties")).containsKey("links");
    }

    @Test
    void the_api_is_the_committed_contract() {
        ApiContract.assertUpToDate("admissions");
    }
}
