package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/**
 * Every API and operations path answers a caller without a valid token 401 before it is routed, so
 * that such a caller learns nothing of which routes exist: a path whose parameter does not match
 * its route's pattern, a parameter that cannot be converted, an unknown path, a method the path
 * does not have are all 401 to it, as problem+json. With a valid token the router answers as
 * before (404, 405, 400), and roles are still checked per endpoint (403). {@code /q/*} stays public.
 */
@QuarkusTest
class AuthenticationBeforeRoutingTest {

    private static final String PROBLEM = "application/problem+json";

    /** Requests a stranger could make: a path the sample has, or not, in every way a router tells apart. */
    private static Map<String, String> requests() {
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("GET /v1/tallies/by-label/" + UUID.randomUUID(), "a parameter that does not match its route's pattern");
        requests.put("GET /v1/tallies/by-label/abc-1", "a parameter that matches it");
        requests.put("GET /v1/tallies/not-a-uuid", "a parameter that cannot be converted");
        requests.put("GET /v1/tallies/" + UUID.randomUUID(), "an unknown resource");
        requests.put("GET /v1/no-such-thing", "an unknown path");
        requests.put("GET /v1", "the root of the API");
        requests.put("DELETE /v1/tallies", "a method the path does not have");
        requests.put("POST /v1/tallies", "a command");
        requests.put("GET /ops/projections", "an operations path");
        requests.put("GET /ops/no-such-thing", "an unknown operations path");
        return requests;
    }

    /** Bearer tokens that are not valid, each in one way; null: no Authorization header at all. */
    private static Map<String, String> badTokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("not a JWT", "garbage");
        tokens.put("unsigned (alg none)", Tokens.unsigned("x", "operator"));
        tokens.put("expired", Tokens.expired("x", "operator"));
        tokens.put("another issuer", Tokens.wrongIssuer("x", "operator"));
        tokens.put("forged claims", Tokens.tampered("x", "operator"));
        return tokens;
    }

    private static RequestSpecification as(String token) {
        RequestSpecification request = given().contentType(ContentType.JSON).body("{\"owner\":\"ana\",\"limit\":10}");
        return token == null ? request : request.auth().oauth2(token);
    }

    @Test
    void a_caller_without_a_valid_token_gets_401_on_every_api_path_whatever_the_router_would_say() {
        badTokens().forEach((defect, token) -> requests().forEach((request, what) -> {
            String[] methodAndPath = request.split(" ", 2);
            EventStoreProbe.assertNoEventWritten(() -> as(token).request(methodAndPath[0], methodAndPath[1])
                    .then().log().ifValidationFails().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("https://reform-platform.org/problems/unauthorized"))
                    .body("status", equalTo(401)).body("instance", equalTo(methodAndPath[1])));
        }));
    }

    @Test
    void with_a_valid_token_the_router_and_the_roles_answer_as_before() {
        String operator = Tokens.operator();
        given().auth().oauth2(operator).get("/v1/tallies/by-label/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("https://reform-platform.org/problems/not-found"));
        given().auth().oauth2(operator).get("/v1/tallies/by-label/abc-1")
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("https://reform-platform.org/problems/unknown-tally"));
        given().auth().oauth2(operator).get("/v1/tallies/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("https://reform-platform.org/problems/malformed-parameter"));
        given().auth().oauth2(operator).get("/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(operator).delete("/v1/tallies").then().statusCode(405).contentType(PROBLEM);
        // A valid token without the endpoint's role: 403, not 401.
        given().auth().oauth2(Tokens.partner("org-a")).get("/v1/tallies/by-label/abc-1")
                .then().statusCode(403).contentType(PROBLEM).body("type", equalTo("https://reform-platform.org/problems/forbidden"));
        given().auth().oauth2(Tokens.token("nobody", "org-a")).get("/v1/tallies")
                .then().statusCode(403).contentType(PROBLEM).body("type", equalTo("https://reform-platform.org/problems/forbidden"));
    }

    @Test
    void health_metrics_and_the_openapi_document_stay_public_and_ignore_a_bad_token() {
        for (String path : new String[] {"/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi"}) {
            given().get(path).then().statusCode(200);
            given().auth().oauth2("garbage").get(path).then().statusCode(200);
        }
    }
}
