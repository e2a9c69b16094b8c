package org.reformplatform.eventsourcing.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.KernelFixtures;
import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.ops.PlatformClock;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.testing.Tokens;

/**
 * Analysts see pseudonyms unless an operator grants decryption: a grant opens, for its analyst only
 * and only while it runs, the named fields of the named event types, nothing else; a forgotten
 * subject stays erased; every use is recorded.
 */
@QuarkusTest
class DecryptionGrantTest {

    @Inject
    KernelFixtures fixtures;

    @Inject
    PlatformClock clock;

    static final String ANALYST_2 = Tokens.token("analyst-2", null, "analyst");

    @Test
    void a_grant_opens_the_named_fields_of_the_named_types_for_its_analyst_while_it_runs() throws Exception {
        String owner = "Mary Jackson-" + UUID.randomUUID().toString().substring(0, 8);
        TallyId id = fixtures.openTally(100, owner);
        fixtures.increment(id, 2, "a note");
        UUID opened = eventId(id, 1);
        UUID incremented = eventId(id, 2);

        String location = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("grantee", "analyst-1", "eventTypes", List.of("kerneltest.TallyOpened"), "fields", List.of("owner"),
                        "validFor", "PT1H", "reason", "owners of tallies for the 2026 study"))
                .post("/ops/personal-data/decryption-grants").then().statusCode(201)
                .body("grantedBy", is("operator-1")).body("active", is(true)).body("eventTypes", hasItems("kerneltest.TallyOpened"))
                .extract().header("Location");
        String grant = location.substring(location.lastIndexOf('/') + 1);
        String openings = "/ops/personal-data/decryption-grants/" + grant + "/openings";
        Map<String, Object> body = Map.of("events", List.of(opened, incremented, UUID.randomUUID()));

        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body).post(openings).then().statusCode(200)
                .body("events.'" + opened + "'.owner", is(owner)).body("events.'" + incremented + "'", nullValue())
                .body("withheld", hasItems(incremented.toString()));
        // Nobody else may use it: another analyst, an operator, a partner.
        given().auth().oauth2(ANALYST_2).contentType(ContentType.JSON).body(body).post(openings).then().statusCode(403)
                .contentType(containsString("problem+json")).body("type", containsString("not-the-grantee"));
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body).post(openings).then().statusCode(403);
        given().auth().oauth2(Tokens.partner("org-a")).contentType(ContentType.JSON).body(body).post(openings).then().statusCode(403);

        // A forgotten subject stays erased, grant or not.
        given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/subjects/" + id.value() + "/erasure").then().statusCode(200);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body).post(openings).then().statusCode(200)
                .body("events.'" + opened + "'.owner", is(PersonalData.ERASED));

        // Audited: who granted it, how often it was used, how many values it opened.
        given().auth().oauth2(Tokens.operator()).get("/ops/personal-data/decryption-grants/" + grant).then().statusCode(200)
                .body("uses", is(2)).body("valuesOpened", is(2)).body("reason", containsString("2026 study"));
        given().auth().oauth2(ANALYST_2).get("/ops/personal-data/decryption-grants/" + grant).then().statusCode(403);

        // It ends by itself...
        try {
            clock.advance(Duration.ofHours(1).plusSeconds(1));
            given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body).post(openings).then().statusCode(403)
                    .body("type", containsString("grant-expired"));
        } finally {
            clock.backToNow();
        }
        // ... or when an operator revokes it.
        given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/decryption-grants/" + grant + "/revocation").then().statusCode(200)
                .body("active", is(false)).body("revokedBy", is("operator-1"));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body).post(openings).then().statusCode(403)
                .body("type", containsString("grant-revoked"));
    }

    @Test
    void a_grant_covers_only_its_fields_and_a_bad_grant_is_refused_with_a_reason() throws Exception {
        TallyId id = fixtures.openTally(100, "Dorothy Vaughan-" + UUID.randomUUID().toString().substring(0, 8));
        String location = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("grantee", "analyst-1", "eventTypes", List.of("TallyOpened"), "fields", List.of("organisation"),
                        "validFor", "PT10M", "reason", "organisations only"))
                .post("/ops/personal-data/decryption-grants").then().statusCode(201).extract().header("Location");
        String body = "{\"events\": [\"" + eventId(id, 1) + "\"]}";
        String answer = given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body).post(location + "/openings")
                .then().statusCode(200).extract().asString();
        assertThat(answer).doesNotContain("Dorothy");

        Map<String, Object> good = Map.of("grantee", "analyst-1", "eventTypes", List.of("TallyOpened"), "fields", List.of("owner"),
                "validFor", "PT1H", "reason", "why");
        List<Map.Entry<String, Object>> bads = List.of(Map.entry("validFor", "P8D"), Map.entry("validFor", "soon"),
                Map.entry("eventTypes", List.of("admissions.ApplicationSubmitted")), Map.entry("fields", List.of()),
                Map.entry("reason", " "), Map.entry("grantee", "-1"));
        for (Map.Entry<String, Object> bad : bads) {
            Map<String, Object> request = new java.util.HashMap<>(good);
            request.put(bad.getKey(), bad.getValue());
            given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(request).post("/ops/personal-data/decryption-grants")
                    .then().statusCode(422).contentType(containsString("problem+json"));
        }
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(good).post("/ops/personal-data/decryption-grants")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body("{\"events\": []}").post(location + "/openings")
                .then().statusCode(422);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(body)
                .post("/ops/personal-data/decryption-grants/" + UUID.randomUUID() + "/openings").then().statusCode(404);
    }

    private UUID eventId(TallyId id, int version) throws Exception {
        return UUID.fromString(fixtures.rows("SELECT event_id::text FROM events WHERE stream_id = '" + id.value() + "' AND stream_version = "
                + version).get(0).get(0).toString());
    }
}
