package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.Tokens;

@QuarkusTest
class HttpConventionsTest {

    private static final String PROBLEM = "application/problem+json";

    private String open(String token, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"owner\":\"ana\",\"limit\":10}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/v1/tallies").then().statusCode(201).header("ETag", "\"1\"").extract().header("Location");
    }

    @Test
    void get_is_served_from_the_stream_with_the_version_as_etag() {
        String location = open(Tokens.partner("org-a"), null);
        given().auth().oauth2(Tokens.partner("org-a")).get(location).then().statusCode(200).header("ETag", "\"1\"").body("total", equalTo(0));
    }

    @Test
    void a_command_with_a_stale_if_match_is_refused_with_412_and_changes_nothing() {
        String location = open(Tokens.partner("org-a"), null);
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"by\":2}").post(location + "/increments").then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"by\":3}").post(location + "/increments")
                .then().statusCode(412).contentType(PROBLEM).body("type", containsString("stale-version"));
        given().auth().oauth2(Tokens.partner("org-a")).get(location).then().body("total", equalTo(2)).header("ETag", "\"2\"");
    }

    @Test
    void a_retry_with_the_same_idempotency_key_gets_the_first_answer_and_creates_nothing_new() {
        String token = Tokens.partner("org-a");
        String key = "open-" + java.util.UUID.randomUUID();
        Response first = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"owner\":\"ana\",\"limit\":10}").post("/v1/tallies");
        Response retry = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"owner\":\"ana\",\"limit\":10}").post("/v1/tallies");
        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body(equalTo(first.body().asString()));
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused() {
        String token = Tokens.partner("org-a");
        String key = "open-" + java.util.UUID.randomUUID();
        open(token, key);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"owner\":\"bob\",\"limit\":10}").post("/v1/tallies")
                .then().statusCode(422).contentType(PROBLEM).body("type", containsString("idempotency-key-reused"));
    }

    @Test
    void invalid_input_is_a_400_problem_naming_the_fields() {
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body("{\"owner\":\"\",\"limit\":0}")
                .post("/v1/tallies").then().statusCode(400).contentType(PROBLEM)
                .body("type", containsString("validation"))
                .body("errors.field", hasItem("owner")).body("errors.field", hasItem("limit"));
    }

    @Test
    void unreadable_json_unknown_fields_and_wrong_types_are_400_problems_without_internals() {
        for (String body : new String[] {"{\"owner\":", "{\"owner\":\"a\",\"limit\":10,\"extra\":1}", "{\"owner\":\"a\",\"limit\":\"ten\"}", "[]"}) {
            given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body(body)
                    .post("/v1/tallies").then().log().ifValidationFails().statusCode(400).contentType(PROBLEM)
                    .body("type", containsString("malformed-body"))
                    .body(not(containsString("com.fasterxml"))).body(not(containsString("Exception")));
        }
    }

    @Test
    void a_business_rule_refusal_is_a_409_problem_with_the_facts() {
        String location = open(Tokens.partner("org-a"), null);
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body("{\"by\":11}")
                .post(location + "/increments").then().statusCode(409).contentType(PROBLEM)
                .body("type", containsString("tally-limit-reached")).body("limit", equalTo(10));
    }

    @Test
    void unknown_resources_and_paths_are_404_problems() {
        given().auth().oauth2(Tokens.operator()).get("/v1/tallies/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("type", containsString("unknown-tally"));
        given().auth().oauth2(Tokens.operator()).get("/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void another_organisations_resource_does_not_exist_for_a_partner() {
        String location = open(Tokens.partner("org-a"), null);
        given().auth().oauth2(Tokens.partner("org-b")).get(location).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.partner("org-b")).contentType(ContentType.JSON).body("{\"by\":1}")
                .post(location + "/increments").then().statusCode(404);
        given().auth().oauth2(Tokens.operator()).get(location).then().statusCode(200);
    }

    @Test
    void no_token_a_bad_token_or_the_wrong_role_is_refused_with_a_problem() {
        given().get("/v1/tallies/" + java.util.UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.expired("x", "operator")).get("/v1/tallies/" + java.util.UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.wrongIssuer("x", "operator")).get("/v1/tallies/" + java.util.UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.wrongAudience("x", "operator")).get("/v1/tallies/" + java.util.UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.tampered("x", "operator")).get("/v1/tallies/" + java.util.UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body("{\"owner\":\"a\",\"limit\":1}")
                .post("/v1/tallies").then().statusCode(403).contentType(PROBLEM).body("type", startsWith("https://"));
    }

    @Test
    void a_body_over_the_size_limit_is_a_413_problem_whether_its_length_is_announced_or_not() {
        String big = "{\"owner\":\"" + "x".repeat(1_100_000) + "\",\"limit\":1}";
        // refused before the token is even read: a 413 with or without one
        given().contentType(ContentType.JSON).body(big).post("/v1/tallies")
                .then().statusCode(413).contentType(PROBLEM).body("type", containsString("payload-too-large"));
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body(big).post("/v1/tallies")
                .then().statusCode(413).contentType(PROBLEM).body("type", containsString("payload-too-large"));
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))).post("/v1/tallies")
                .then().statusCode(413).contentType(PROBLEM).body("type", containsString("payload-too-large"));
    }

    @Test
    void wrong_methods_media_types_and_accept_headers_are_problems() {
        given().auth().oauth2(Tokens.operator()).delete("/v1/tallies").then().statusCode(405).contentType(PROBLEM);
        given().auth().oauth2(Tokens.partner("org-a")).contentType("text/plain").body("hello").post("/v1/tallies")
                .then().statusCode(415).contentType(PROBLEM);
        given().auth().oauth2(Tokens.operator()).accept("application/xml").get("/v1/tallies").then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void parameters_that_cannot_be_converted_are_400_not_404() {
        given().auth().oauth2(Tokens.operator()).get("/v1/tallies/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("type", containsString("malformed-parameter"));
        given().auth().oauth2(Tokens.operator()).get("/v1/tallies?after=zzz")
                .then().statusCode(400).contentType(PROBLEM).body("type", containsString("malformed-parameter"));
        given().auth().oauth2(Tokens.operator()).get("/v1/tallies?page=abc")
                .then().statusCode(400).contentType(PROBLEM).body("type", containsString("malformed-parameter"));
    }

    @Test
    void paging_is_page_from_0_and_size_from_1_to_200_default_20_and_out_of_range_names_the_query_parameter() {
        given().auth().oauth2(Tokens.operator()).get("/v1/tallies").then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
        given().auth().oauth2(Tokens.operator()).get("/v1/tallies?page=3&size=200").then().statusCode(200)
                .body("page", equalTo(3)).body("size", equalTo(200));
        for (String outOfRange : new String[] {"size=0", "size=201", "page=-1"}) {
            String parameter = outOfRange.substring(0, outOfRange.indexOf('='));
            given().auth().oauth2(Tokens.operator()).get("/v1/tallies?" + outOfRange)
                    .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM).body("type", containsString("validation"))
                    .body("errors.field", equalTo(java.util.List.of(parameter)));
        }
    }

    @Test
    void a_page_beyond_any_list_and_a_nul_in_a_filter_are_400_problems_not_database_errors() {
        given().auth().oauth2(Tokens.operator()).get("/v1/tallies?page=2147483647")
                .then().statusCode(400).contentType(PROBLEM).body("type", containsString("validation")).body("errors.field", hasItem("page"));
        given().auth().oauth2(Tokens.operator()).get("/v1/tallies?page=10737418").then().statusCode(200);
        given().auth().oauth2(Tokens.operator()).urlEncodingEnabled(false).get("/v1/tallies?stream=a%00b")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("stream"));
    }

    @Test
    void text_the_platform_cannot_store_and_trailing_garbage_are_malformed_bodies() {
        for (String body : new String[] {"{\"owner\":\"a\\u0000b\",\"limit\":1}", "{\"owner\":\"a\\ud800\",\"limit\":1}",
                "{\"owner\":\"a\",\"limit\":1} trailing"}) {
            given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body(body).post("/v1/tallies")
                    .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM).body("type", containsString("malformed-body"));
        }
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body("{\"owner\":\"\\uD83D\\uDE00 \\u4E2D\",\"limit\":1}")
                .post("/v1/tallies").then().statusCode(201);
    }

    @Test
    void dates_outside_the_years_1_to_9999_are_malformed_bodies() {
        for (String date : new String[] {"+999999999-12-31", "10000-01-01", "0000-01-01", "-0001-06-01"}) {
            given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON)
                    .body("{\"owner\":\"a\",\"limit\":1,\"openedOn\":\"" + date + "\"}").post("/v1/tallies")
                    .then().log().ifValidationFails().statusCode(400).contentType(PROBLEM).body("type", containsString("malformed-body"))
                    .body("errors.field", hasItem("openedOn"));
        }
        for (String date : new String[] {"0001-01-01", "9999-12-31"}) {
            given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON)
                    .body("{\"owner\":\"a\",\"limit\":1,\"openedOn\":\"" + date + "\"}").post("/v1/tallies").then().statusCode(201);
        }
    }

    @Test
    void messages_about_unreadable_values_name_no_java_classes() {
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body("{\"by\":\"ten\"}")
                .post("/v1/tallies/" + java.util.UUID.randomUUID() + "/increments")
                .then().statusCode(400).contentType(PROBLEM).body(not(containsString("java."))).body(not(containsString("Exception")));
    }
}
