package org.reformplatform.mobility.arrangement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.reformplatform.mobility.MobilityApi.application;
import static org.reformplatform.mobility.MobilityApi.apply;
import static org.reformplatform.mobility.MobilityApi.approve;
import static org.reformplatform.mobility.MobilityApi.sign;
import static org.reformplatform.mobility.MobilityApi.today;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.mobility.MobilityApi;
import org.reformplatform.testing.Tokens;

/** Bad input is answered with the right 4xx problem and leaves the event store as it was. */
@QuarkusTest
class ArrangementBadInputTest {

    final String uni = MobilityApi.org("uni");
    final String acme = MobilityApi.org("acme");
    final UUID researcher = UUID.randomUUID();

    @BeforeEach
    void policy() {
        MobilityApi.defaultPolicy();
    }

    String appliedSecondment() {
        return apply(uni, application(researcher, "SECONDMENT", acme, today(), today().plusMonths(12)));
    }

    @Test
    void a_term_beyond_the_policy_is_a_422() {
        Map<String, Object> tooLong = application(researcher, "SECONDMENT", acme, today(), today().plusMonths(24).plusDays(1));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(tooLong)
                .post("/v1/arrangements").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://reform-platform.org/problems/term-beyond-policy")).body("maxTermMonths", equalTo(24)));
    }

    @Test
    void an_inverted_term_and_a_missing_host_enterprise_are_422s() {
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(application(researcher, "SECONDMENT", acme, today(), today().minusDays(1))).post("/v1/arrangements").then()
                .statusCode(422).body("type", containsString("term-inverted")));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(application(researcher, "SECONDMENT", null, today(), today().plusMonths(6))).post("/v1/arrangements").then()
                .statusCode(422).body("type", containsString("enterprise-required")));
    }

    @Test
    void signing_for_another_party_is_a_403() {
        String id = appliedSecondment();
        approve(Tokens.partner(uni), id).statusCode(200);
        assertNoEventWritten(() -> sign(Tokens.partner(acme), id, "HOME_INSTITUTION", 1, null).statusCode(403)
                .contentType("application/problem+json").body("type", containsString("not-your-party")).body("party", equalTo("HOME_INSTITUTION")));
        assertNoEventWritten(() -> sign(Tokens.partner(uni), id, "HOST_ENTERPRISE", 1, null).statusCode(403)
                .body("type", containsString("not-your-party")));
        assertNoEventWritten(() -> sign(Tokens.operator(), id, "HOME_INSTITUTION", 1, null).statusCode(403)
                .body("type", containsString("not-your-party")));
        assertNoEventWritten(() -> sign(Tokens.partner(uni), id, "RESEARCHER", 1, UUID.randomUUID()).statusCode(422)
                .body("type", containsString("researcher-mismatch")));
    }

    @Test
    void a_wrong_organisation_is_answered_404_whatever_it_tries() {
        String id = appliedSecondment();
        String stranger = Tokens.partner(MobilityApi.org("uni-b"));
        assertNoEventWritten(() -> approve(stranger, id).statusCode(404).body("type", containsString("unknown-arrangement")));
        assertNoEventWritten(() -> sign(stranger, id, "HOST_ENTERPRISE", 1, null).statusCode(404).body("type", containsString("unknown-arrangement")));
        given().auth().oauth2(stranger).get("/v1/arrangements/" + id).then().statusCode(404).body("type", containsString("unknown-arrangement"));
    }

    @Test
    void the_host_enterprise_does_not_approve_and_the_institution_does_not_approve_what_is_not_delegated() {
        String id = appliedSecondment();
        assertNoEventWritten(() -> approve(Tokens.partner(acme), id).statusCode(403).body("type", containsString("not-home-institution")));
        String leave = apply(uni, application(UUID.randomUUID(), "LEAVE_TO_FOUND", null, today(), today().plusMonths(24)));
        assertNoEventWritten(() -> approve(Tokens.partner(uni), leave).statusCode(403).body("type", containsString("approval-not-delegated")));
        approve(Tokens.operator(), leave).statusCode(200).body("status", equalTo("approved"));
    }

    @Test
    void illegal_transitions_are_409s() {
        String id = appliedSecondment();
        assertNoEventWritten(() -> sign(Tokens.partner(uni), id, "HOME_INSTITUTION", 1, null).statusCode(409)
                .body("type", containsString("arrangement-not-awaiting-signatures")).body("status", equalTo("applied")));
        assertNoEventWritten(() -> MobilityApi.end(Tokens.partner(uni), id, "RETURNED", null).statusCode(409)
                .body("type", containsString("arrangement-not-active")));
        approve(Tokens.partner(uni), id).statusCode(200);
        assertNoEventWritten(() -> approve(Tokens.partner(uni), id).statusCode(409).body("type", containsString("arrangement-not-applied")));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "MET", "results", java.util.List.of())).post("/v1/arrangements/" + id + "/results-review").then()
                .statusCode(409).body("type", containsString("arrangement-not-ended")));
    }

    @Test
    void a_deferral_on_a_form_without_one_and_a_milestone_on_a_secondment_are_422s() {
        String id = MobilityApi.activeSecondment(uni, acme, researcher);
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(Map.of("months", 3))
                .post("/v1/arrangements/" + id + "/deferral").then().statusCode(422).body("type", containsString("deferral-not-allowed")));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("milestone", "Prototype", "reachedOn", today().toString())).post("/v1/arrangements/" + id + "/milestones").then()
                .statusCode(422).body("type", containsString("not-leave-to-found")));
    }

    @Test
    void malformed_requests_are_400s_naming_the_fields() {
        Map<String, Object> body = new HashMap<>(application(researcher, "SECONDMENT", acme, today(), today().plusMonths(6)));
        body.remove("researcherId");
        body.put("researcherName", "");
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(body).post("/v1/arrangements")
                .then().statusCode(400).body("type", containsString("validation")).body("errors.field", hasItem("researcherId"))
                .body("errors.field", hasItem("researcherName")));
        Map<String, Object> unknownField = new HashMap<>(application(researcher, "SECONDMENT", acme, today(), today().plusMonths(6)));
        unknownField.put("institution", "someone-else");
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON).body(unknownField)
                .post("/v1/arrangements").then().statusCode(400).body("type", containsString("malformed-body")));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", researcher.toString(), "researcherName", "x", "form", "SABBATICAL",
                        "startsOn", today().toString(), "endsOn", today().plusMonths(6).toString()))
                .post("/v1/arrangements").then().statusCode(400).body("type", containsString("malformed-body")));
    }

    @Test
    void roles_are_enforced() {
        given().contentType(ContentType.JSON).body(application(researcher, "SECONDMENT", acme, today(), today().plusMonths(6)))
                .post("/v1/arrangements").then().statusCode(401);
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(application(researcher, "SECONDMENT", acme, today(), today().plusMonths(6))).post("/v1/arrangements").then().statusCode(403));
        String id = MobilityApi.activeLeaveToFound(uni, UUID.randomUUID(), today().minusMonths(1), today().plusMonths(12));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("milestone", "Prototype", "reachedOn", today().toString())).post("/v1/arrangements/" + id + "/milestones")
                .then().statusCode(403));
        given().auth().oauth2(Tokens.analyst()).get("/v1/arrangements/" + id).then().statusCode(200);
    }
}
