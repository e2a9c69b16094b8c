package org.reformplatform.mobility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ApiContract;

/** Partners read the API from its OpenAPI document: every operation is in it, with a summary and the roles it needs. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void every_v1_operation_is_documented_with_a_summary() {
        Map<String, Map<String, Map<String, Object>>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("paths");
        assertThat(paths).containsKeys("/v1/arrangements", "/v1/arrangements/{id}/agreement/signatures", "/v1/arrangements/due",
                "/v1/policies/defaults", "/v1/policies/revisions", "/v1/posts/counts", "/v1/researchers/{researcherId}/mobility-record");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/v1/") && (operation.get("summary") == null || operation.get("security") == null)) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(undocumented).as("operations without a summary or security").isEmpty();
    }

    @Test
    void the_api_is_the_committed_contract() {
        ApiContract.assertUpToDate("mobility");
    }
}
