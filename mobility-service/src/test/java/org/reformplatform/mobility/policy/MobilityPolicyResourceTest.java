package org.reformplatform.mobility.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.reformplatform.mobility.MobilityApi.application;
import static org.reformplatform.mobility.MobilityApi.today;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.mobility.MobilityApi;
import org.reformplatform.testing.Tokens;

/**
 * Operators manage the policy as versioned data; an arrangement keeps the version it was approved
 * under. Revisions here touch part-time innovation only, which no other test uses, and the
 * defaults are loaded again afterwards.
 */
@QuarkusTest
class MobilityPolicyResourceTest {

    final String uni = MobilityApi.org("uni");

    @BeforeEach
    void policy() {
        MobilityApi.defaultPolicy();
    }

    @AfterEach
    void restore() {
        MobilityApi.defaultPolicy();
    }

    static int currentVersion() {
        return given().auth().oauth2(Tokens.analyst()).get("/v1/policies/current").then().statusCode(200).extract().path("version");
    }

    static Map<String, Object> partTimeRules(int maxTermMonths) {
        return Map.of("form", "PART_TIME_INNOVATION", "maxTermMonths", maxTermMonths, "maxDeferralMonths", 0,
                "signatories", List.of("RESEARCHER", "HOME_INSTITUTION"), "approvalDelegated", true, "reviewedOnResults", false);
    }

    @Test
    void the_defaults_are_in_force_for_every_form_and_loading_them_again_changes_nothing() {
        int version = currentVersion();
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/policies/current").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue()).body("inForce", equalTo(true)).body("forms", hasSize(4))
                .body("forms.find { it.form == 'SECONDMENT' }.signatories", hasItem("HOST_ENTERPRISE"))
                .body("forms.find { it.form == 'LEAVE_TO_FOUND' }.maxDeferralMonths", equalTo(12))
                .body("forms.find { it.form == 'LEAVE_TO_FOUND' }.approvalDelegated", equalTo(false));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).post("/v1/policies/defaults").then().statusCode(200)
                .body("version", equalTo(version)));
    }

    @Test
    void an_arrangement_keeps_the_policy_version_it_was_approved_under_when_the_policy_changes() {
        UUID researcher = UUID.randomUUID();
        int approvedUnder = currentVersion();
        String id = MobilityApi.apply(uni, application(researcher, "PART_TIME_INNOVATION", null, today(), today().plusMonths(30)));
        MobilityApi.approve(Tokens.partner(uni), id).statusCode(200).body("policyVersion", equalTo(approvedUnder))
                .body("policy.maxTermMonths", equalTo(36));

        int revised = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("note", "Part-time innovation limited to a year", "forms", List.of(partTimeRules(12))))
                .post("/v1/policies/revisions").then().statusCode(200).body("forms.find { it.form == 'PART_TIME_INNOVATION' }.maxTermMonths", equalTo(12))
                .body("forms.find { it.form == 'SECONDMENT' }.maxTermMonths", equalTo(24)).extract().path("version");
        assertThat(revised).isEqualTo(approvedUnder + 1);

        // The approved arrangement still follows its version: its 30-month term stands, and its agreement can still be changed within 36.
        given().auth().oauth2(Tokens.partner(uni)).get("/v1/arrangements/" + id).then().statusCode(200)
                .body("policyVersion", equalTo(approvedUnder)).body("policy.maxTermMonths", equalTo(36));
        given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(Map.of("startsOn", today().toString(), "endsOn", today().plusMonths(36).toString()))
                .post("/v1/arrangements/" + id + "/agreement/terms").then().statusCode(200).body("agreement.version", equalTo(2));

        // A new application is held to the new version.
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).contentType(ContentType.JSON)
                .body(application(UUID.randomUUID(), "PART_TIME_INNOVATION", null, today(), today().plusMonths(30))).post("/v1/arrangements")
                .then().statusCode(422).body("type", containsString("term-beyond-policy")).body("maxTermMonths", equalTo(12)));

        // Every version stays readable.
        given().auth().oauth2(Tokens.analyst()).get("/v1/policies/versions/" + approvedUnder).then().statusCode(200)
                .body("inForce", equalTo(false)).body("forms.find { it.form == 'PART_TIME_INNOVATION' }.maxTermMonths", equalTo(36));
        given().auth().oauth2(Tokens.analyst()).get("/v1/policies/versions/" + revised).then().statusCode(200).body("inForce", equalTo(true));
    }

    @Test
    void only_operators_change_the_policy_and_bad_rules_are_refused() {
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(uni)).post("/v1/policies/defaults").then().statusCode(403)
                .contentType("application/problem+json"));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("forms", List.of(partTimeRules(12)))).post("/v1/policies/revisions").then().statusCode(403));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("forms", List.of(partTimeRules(0)))).post("/v1/policies/revisions").then().statusCode(400)
                .body("errors.field", hasItem(containsString("maxTermMonths"))));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("forms", List.of(partTimeRules(12), partTimeRules(24)))).post("/v1/policies/revisions").then().statusCode(422)
                .body("type", containsString("duplicate-form")));
        given().auth().oauth2(Tokens.analyst()).get("/v1/policies/versions/9999").then().statusCode(404)
                .body("type", containsString("unknown-policy-version"));
    }

    @Test
    void time_limits_are_policy_data_an_approval_keeps() {
        Map<String, Object> limits = Map.of("signingDays", 45, "decisionGraceWorkingDays", 10, "ifUndecided", "RESIGNED");
        Map<String, Object> rules = new java.util.HashMap<>(partTimeRules(36));
        rules.put("timeLimits", Map.of("signingDays", 0, "decisionGraceWorkingDays", 10, "ifUndecided", "RESIGNED"));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("forms", List.of(rules)))
                .post("/v1/policies/revisions").then().statusCode(400).body("errors.field", hasItem(containsString("signingDays"))));
        rules.put("timeLimits", Map.of("signingDays", 45, "decisionGraceWorkingDays", 10, "ifUndecided", "TERMINATED"));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("forms", List.of(rules)))
                .post("/v1/policies/revisions").then().statusCode(422).body("type", containsString("undecided-outcome-invalid")));

        rules.put("timeLimits", limits);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("forms", List.of(rules)))
                .post("/v1/policies/revisions").then().statusCode(200)
                .body("forms.find { it.form == 'PART_TIME_INNOVATION' }.timeLimits.signingDays", equalTo(45))
                .body("forms.find { it.form == 'SECONDMENT' }.timeLimits.signingDays", equalTo(30))
                .body("forms.find { it.form == 'SECONDMENT' }.timeLimits.ifUndecided", equalTo("RETURNED"));
        String id = MobilityApi.apply(uni, application(UUID.randomUUID(), "PART_TIME_INNOVATION", null, today(), today().plusMonths(12)));
        MobilityApi.approve(Tokens.partner(uni), id).statusCode(200).body("policy.timeLimits.signingDays", equalTo(45))
                .body("signBy", equalTo(today().plusDays(45).toString()));
    }

    @Test
    void a_revision_against_a_stale_etag_is_a_412() {
        String etag = given().auth().oauth2(Tokens.operator()).get("/v1/policies/current").then().extract().header("ETag");
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("forms", List.of(partTimeRules(18)))).post("/v1/policies/revisions").then().statusCode(200);
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("forms", List.of(partTimeRules(20)))).post("/v1/policies/revisions").then().statusCode(412));
    }
}
