package org.reformplatform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.path.json.JsonPath;

/**
 * Ends a service's journey tests: every projection of the service, verified through the operators'
 * endpoint against a copy built from its event store and one replayed from its topic at offset 0,
 * must equal the live read model row for row. A difference fails with the first differing rows.
 */
public final class ReadModelOracle {

    private ReadModelOracle() {
    }

    /**
     * Verifies every projection of the service under test against the store and the topic. Callable
     * from {@code @AfterAll}, where RestAssured no longer points at the application under test.
     */
    public static void assertEveryProjectionEqualsTheLog() {
        String application = TestHTTPResourceManager.getUri();
        List<String> projections = given().baseUri(application).auth().oauth2(Tokens.operator()).get("/ops/projections")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'projection' }.name");
        assertThat(projections).as("the service's projections").isNotEmpty();
        for (String projection : projections) {
            for (String source : List.of("store", "topic")) {
                JsonPath verification = given().baseUri(application).auth().oauth2(Tokens.operator()).queryParam("source", source)
                        .post("/ops/projections/{name}/verify", projection).then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> different = verification.getList("tables.findAll { !it.equal }");
                assertThat(verification.getBoolean("equal"))
                        .as("%s rebuilt from the %s equals the live read model; differences: %s; live behind on %s streams, %s events waiting",
                                projection, source, different, verification.getLong("liveBehind"), verification.getLong("gaps"))
                        .isTrue();
            }
        }
    }
}
