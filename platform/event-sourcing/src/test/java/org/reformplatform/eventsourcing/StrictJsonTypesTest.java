package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/**
 * A request body whose scalars are not of their documented JSON type is a 400 {@code malformed-body}
 * naming the field, and nothing is stored: no coercion of a number into a text or a date, of a
 * string into a number, of a fraction into a whole number. The sample's {@code OpenTally} has a
 * field of each kind, nested and in lists.
 */
@QuarkusTest
class StrictJsonTypesTest {

    private static final String PROBLEM = "application/problem+json";
    /** Numbers stay as written: a default tree would read 0.250 as a double. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private static final String VALID = """
            {"owner": "ana", "limit": 10, "openedOn": "2026-06-01",
             "details": {"kind": "SEATS", "reference": "7d3c3f0e-3f4a-4c8e-9a51-2b1f0f6a9e11", "parent": "0b6a2f7c-51d4-4f0e-8e7e-5a1d2c3b4a59",
                         "weight": "0.250", "audited": true, "published": false, "serial": 7, "ratio": 0.5,
                         "tags": ["red", "blue"], "contacts": [{"name": "li", "since": "2020-01-31"}, {"name": "wu", "since": "2021-02-28"}],
                         "reviewAt": "2026-06-01T09:00:00+08:00"}}""";

    /** The valid body with the value at a dotted path ({@code details.contacts.1.since}) replaced by some JSON. */
    private static String with(String path, String json) throws Exception {
        JsonNode root = JSON.readTree(VALID);
        JsonNode parent = root;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), JSON.readTree(json));
        } else {
            ((ObjectNode) parent).set(last, JSON.readTree(json));
        }
        return JSON.writeValueAsString(root);
    }

    @ParameterizedTest(name = "details.weight = {0}")
    @CsvSource(delimiter = '|', textBlock = """
            "0.250"
            0.250
            1
            """)
    void a_body_of_the_documented_types_is_accepted_decimals_as_strings_or_numbers(String weight) throws Exception {
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body(with("details.weight", weight))
                .post("/v1/tallies").then().log().ifValidationFails().statusCode(201);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            owner                      | 12345                  | owner                      | must be a string, not a whole number
            owner                      | true                   | owner                      | must be a string, not a boolean
            owner                      | 1.5                    | owner                      | must be a string, not a number with a fraction or exponent
            limit                      | "10"                   | limit                      | must be a whole number, not a string
            limit                      | 10.5                   | limit                      | must be a whole number, not a number with a fraction or exponent
            limit                      | 1e1                    | limit                      | must be a whole number, not a number with a fraction or exponent
            limit                      | true                   | limit                      | must be a whole number, not a boolean
            openedOn                   | 12345                  | openedOn                   | must be an ISO-8601 string, not a whole number
            openedOn                   | [2026, 6, 1]           | openedOn                   | must be an ISO-8601 string, not an array
            details.kind               | 1                      | details.kind               | must be one of its names as a string, not a whole number
            details.reference          | 12345                  | details.reference          | must be a string, not a whole number
            details.parent             | true                   | details.parent             | must be a string, not a boolean
            details.weight             | true                   | details.weight             | must be a decimal string such as "12.50", not a boolean
            details.audited            | "true"                 | details.audited            | must be true or false, not a string
            details.published          | 0                      | details.published          | must be true or false, not a whole number
            details.serial             | "7"                    | details.serial             | must be a whole number, not a string
            details.serial             | 7.0                    | details.serial             | must be a whole number, not a number with a fraction or exponent
            details.ratio              | "0.5"                  | details.ratio              | must be a number, not a string
            details.tags.1             | 42                     | details.tags[1]            | must be a string, not a whole number
            details.contacts.1.name    | false                  | details.contacts[1].name   | must be a string, not a boolean
            details.contacts.0.since   | 18000                  | details.contacts[0].since  | must be an ISO-8601 string, not a whole number
            details.reviewAt           | 1780275600             | details.reviewAt           | must be an ISO-8601 string, not a whole number
            """)
    void a_scalar_of_another_json_type_is_a_malformed_body_naming_the_field_and_stores_nothing(String path, String value, String field,
            String message) throws Exception {
        String body = with(path, value);
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body(body)
                .post("/v1/tallies").then().log().ifValidationFails().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://reform-platform.org/problems/malformed-body"))
                .body("detail", containsString("'" + field + "'"))
                .body("errors.field", contains(field))
                .body("errors.message", contains(message)));
    }

    @Test
    void a_command_on_an_existing_stream_refuses_wrong_types_and_leaves_the_stream_as_it_was() {
        String location = given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body("{\"owner\":\"ana\",\"limit\":10}")
                .post("/v1/tallies").then().statusCode(201).extract().header("Location");
        for (String body : new String[] {"{\"by\":\"2\"}", "{\"by\":2.9}", "{\"by\":1,\"note\":5}", "{\"by\":1,\"note\":[\"n\"]}"}) {
            EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body(body)
                    .post(location + "/increments").then().log().ifValidationFails().statusCode(400).contentType(PROBLEM)
                    .body("type", containsString("malformed-body")));
        }
        given().auth().oauth2(Tokens.partner("org-a")).get(location).then().statusCode(200).header("ETag", "\"1\"").body("total", equalTo(0));
    }
}
