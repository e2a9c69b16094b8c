package org.reformplatform.incubation.partner;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.reformplatform.incubation.IncubationApi.money;
import static org.reformplatform.incubation.IncubationApi.post;
import static org.reformplatform.incubation.IncubationApi.registerPartner;
import static org.reformplatform.incubation.IncubationApi.unique;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ReadModelOracle;
import org.reformplatform.testing.Tokens;

/** Partners: operators record them; a partner sees its own agreements, donations and investments and nobody else's. */
@QuarkusTest
class PartnerResourceTest {

    static final String PROBLEMS = "https://reform-platform.org/problems/";

    static Map<String, Object> donation(Map<String, Object> amount) {
        return donation(amount, "2026-04-18");
    }

    static Map<String, Object> donation(Map<String, Object> amount, String receivedOn) {
        return Map.of("centre", "future-innovation-centre", "kind", "DONATION", "amount", amount, "purpose", "Scholarships for student founders",
                "receivedOn", receivedOn);
    }

    @Test
    void a_partner_signs_renews_and_ends_an_agreement() {
        String org = unique("uni");
        String id = registerPartner(org, "Zhejiang University", "UNIVERSITY");
        String agreement = post("/v1/partners/" + id + "/agreements", Map.of("title", "Joint incubation", "signedOn", "2026-03-01",
                "validUntil", "2029-02-28")).then().statusCode(201).header("ETag", "\"2\"")
                .body("centre", equalTo("future-innovation-centre")).body("status", equalTo("active")).extract().path("id");
        given().auth().oauth2(Tokens.operator()).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("renewedOn", "2029-01-15", "validUntil", "2032-02-28"))
                .post("/v1/partners/" + id + "/agreements/" + agreement + "/renewal")
                .then().statusCode(200).header("ETag", "\"3\"").body("validUntil", equalTo("2032-02-28")).body("renewals", equalTo(1));
        post("/v1/partners/" + id + "/agreements/" + agreement + "/ending", Map.of("endedOn", "2030-06-30", "reason", "Programme merged"))
                .then().statusCode(200).body("status", equalTo("ended"));
        assertNoEventWritten(() -> post("/v1/partners/" + id + "/agreements/" + agreement + "/ending",
                Map.of("endedOn", "2030-07-01", "reason", "Again")).then().statusCode(409).body("type", equalTo(PROBLEMS + "agreement-ended")));

        given().auth().oauth2(Tokens.partner(org)).get("/v1/partners/me").then().statusCode(200)
                .body("id", equalTo(id)).body("agreements[0].endReason", equalTo("Programme merged"));
    }

    @Test
    void a_partner_sees_its_own_donations_and_nobody_elses() {
        String org = unique("unicorn");
        String other = unique("leading");
        String id = registerPartner(org, "A unicorn", "UNICORN_ENTERPRISE");
        String otherId = registerPartner(other, "A leading enterprise", "LEADING_ENTERPRISE");
        String location = post("/v1/partners/" + id + "/donations", donation(money("0.10", "CNY"))).then().statusCode(201)
                .body("amount.amount", equalTo("0.10")).extract().header("Location");
        post("/v1/partners/" + id + "/donations", donation(money("0.2", null), "2026-05-02")).then().statusCode(201).body("amount.amount", equalTo("0.20"))
                .body("amount.currency", equalTo("CNY"));

        given().auth().oauth2(Tokens.partner(org)).get("/v1/partners/" + id).then().statusCode(200)
                .body("donations", equalTo(2)).body("donated[0].amount", equalTo("0.30"));
        given().auth().oauth2(Tokens.partner(org)).get(location).then().statusCode(200).body("purpose", equalTo("Scholarships for student founders"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.partner(org))
                .get("/v1/partners/" + id + "/donations").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.amount.amount", contains("0.10", "0.20")));

        // another partner's record, agreements, donations and investments are unknown to it: 404, never 403
        for (String path : new String[] {"/v1/partners/" + id, location, "/v1/partners/" + id + "/donations", "/v1/partners/" + id + "/investments"}) {
            given().auth().oauth2(Tokens.partner(other)).get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "unknown-partner"));
        }
        given().auth().oauth2(Tokens.partner(other)).get("/v1/partners/" + otherId).then().statusCode(200);
        given().auth().oauth2(Tokens.analyst()).get("/v1/partners/" + id + "/donations").then().statusCode(200);
    }

    @Test
    void bad_donations_are_refused_and_write_nothing() {
        String id = registerPartner(unique("corp"), "A corporate partner", "CORPORATE");
        assertNoEventWritten(() -> post("/v1/partners/" + id + "/donations", donation(money("-500.00", "CNY"))).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "amount-not-positive")));
        assertNoEventWritten(() -> post("/v1/partners/" + id + "/donations", donation(money("five hundred", "CNY"))).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation")).body("errors.field", hasItem("amount.amount")));
        assertNoEventWritten(() -> post("/v1/partners/" + id + "/donations", donation(money("500.00", "ABC"))).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "unknown-currency")));
        assertNoEventWritten(() -> post("/v1/partners/" + id + "/donations", donation(money("500.005", "CNY"))).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "amount-precision")));
        assertNoEventWritten(() -> post("/v1/partners/" + java.util.UUID.randomUUID() + "/donations", donation(money("5.00", "CNY")))
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "unknown-partner")));
    }

    @Test
    void an_organisation_is_registered_once_and_only_by_operators() {
        String org = unique("vc");
        registerPartner(org, "A VC", "VENTURE_CAPITAL");
        assertNoEventWritten(() -> post("/v1/partners", Map.of("organisation", org, "name", "Same org", "kind", "CORPORATE"))
                .then().statusCode(409).body("type", equalTo(PROBLEMS + "partner-exists")));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("organisation", unique("mine"), "name", "Me", "kind", "CORPORATE")).post("/v1/partners")
                .then().statusCode(403));
        assertNoEventWritten(() -> post("/v1/partners", Map.of("organisation", "has spaces", "name", "x", "kind", "BANK"))
                .then().statusCode(400));
    }

    @Test
    void a_retried_registration_with_the_same_idempotency_key_answers_the_same() {
        String org = unique("uni");
        Map<String, Object> body = Map.of("organisation", org, "name", "Fudan University", "kind", "UNIVERSITY");
        String key = java.util.UUID.randomUUID().toString();
        String id = given().auth().oauth2(Tokens.operator()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/v1/partners").then().statusCode(201).extract().path("id");
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/v1/partners").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id)));
    }

    @Test
    void operators_and_analysts_list_partners_by_kind_and_centre() {
        String centre = unique("centre");
        String org = unique("leading");
        String id = registerPartner(org, "Aaa leading enterprise", "LEADING_ENTERPRISE");
        registerPartner(unique("leading"), "Aab leading enterprise without agreement", "LEADING_ENTERPRISE");
        post("/v1/partners/" + id + "/agreements", Map.of("centre", centre, "title", "Cooperation", "signedOn", "2026-03-01")).then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .queryParam("centre", centre).queryParam("kind", "LEADING_ENTERPRISE").get("/v1/partners").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].organisation", equalTo(org)));
        // The kind filter, on a list proven not empty: the centre's university is listed, its leading enterprise is not.
        String university = unique("university");
        String universityId = registerPartner(university, "Aac university", "UNIVERSITY");
        post("/v1/partners/" + universityId + "/agreements", Map.of("centre", centre, "title", "Cooperation", "signedOn", "2026-03-01")).then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .queryParam("centre", centre).queryParam("kind", "UNIVERSITY").get("/v1/partners").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.organisation", contains(university)));
        given().auth().oauth2(Tokens.partner(org)).get("/v1/partners").then().statusCode(403);
    }

    /** Whatever the journeys above did, every read model of the service equals its log. */
    @AfterAll
    static void everyReadModelEqualsTheLog() {
        ReadModelOracle.assertEveryProjectionEqualsTheLog();
    }
}
