package org.reformplatform.eventsourcing.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.Tokens;

/**
 * A token is verified once and then answered for from the cache — with the same subject, roles and
 * organisation it was verified with — while a token that is not valid is refused every time, whatever
 * the cache holds for a valid one of the same subject.
 */
@QuarkusTest
class CachedBearerAuthenticationTest {

    @Test
    void a_token_sent_again_is_not_verified_again() {
        // A subject of its own: a token signed in the same second for the same claims is the same token, maybe cached already.
        String operator = Tokens.token("operator-" + UUID.randomUUID(), "institute", "operator");
        double hits = metric("platform_auth_token_cache_hits_total");
        double misses = metric("platform_auth_token_cache_misses_total");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(operator).get("/v1/tallies").then().statusCode(200);
        }
        assertThat(metric("platform_auth_token_cache_misses_total") - misses).isEqualTo(1);
        assertThat(metric("platform_auth_token_cache_hits_total") - hits).isEqualTo(4);
    }

    @Test
    void a_remembered_token_keeps_its_organisation_and_roles() {
        String partnerA = Tokens.partner("org-a");
        String partnerB = Tokens.partner("org-b");
        String location = given().auth().oauth2(partnerA).contentType(ContentType.JSON).body("{\"owner\":\"ana\",\"limit\":10}")
                .post("/v1/tallies").then().statusCode(201).extract().header("Location");
        String path = location.substring(location.indexOf("/v1/"));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(partnerA).get(path).then().statusCode(200);
            given().auth().oauth2(partnerB).get(path).then().statusCode(404);
            // A partner may not list tallies, nor rebuild: its roles come from the cache as they came from the token.
            given().auth().oauth2(partnerA).get("/v1/tallies").then().statusCode(403);
            given().auth().oauth2(partnerA).post("/ops/projections/tally-totals/rebuild").then().statusCode(403);
        }
    }

    @Test
    void a_token_that_is_not_valid_is_refused_every_time_whatever_the_cache_holds() {
        String subject = "operator-1";
        String valid = Tokens.token(subject, "institute", "operator");
        given().auth().oauth2(valid).get("/v1/tallies").then().statusCode(200);
        for (String bad : new String[] {Tokens.tampered(subject, "operator"), Tokens.expired(subject, "operator"),
                Tokens.wrongIssuer(subject, "operator"), Tokens.unsigned(subject, "operator"), valid + "x"}) {
            for (int i = 0; i < 2; i++) {
                given().auth().oauth2(bad).get("/v1/tallies").then().statusCode(401)
                        .body("type", equalTo("https://reform-platform.org/problems/unauthorized"));
            }
        }
        given().auth().oauth2(valid).get("/v1/tallies").then().statusCode(200);
    }

    private static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
