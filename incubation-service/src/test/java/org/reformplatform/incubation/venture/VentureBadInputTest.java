package org.reformplatform.incubation.venture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.reformplatform.incubation.IncubationApi.applyVenture;
import static org.reformplatform.incubation.IncubationApi.money;
import static org.reformplatform.incubation.IncubationApi.moveTo;
import static org.reformplatform.incubation.IncubationApi.post;
import static org.reformplatform.incubation.IncubationApi.registerPartner;
import static org.reformplatform.incubation.IncubationApi.round;
import static org.reformplatform.incubation.IncubationApi.unique;
import static org.reformplatform.testing.EventStoreProbe.assertNoEventWritten;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reformplatform.testing.Tokens;

/** Bad input about ventures and money: the right 4xx problem, and nothing written. */
@QuarkusTest
class VentureBadInputTest {

    static final String PROBLEMS = "https://reform-platform.org/problems/";

    String venture;

    @BeforeEach
    void aVentureInIncubation() {
        venture = applyVenture(unique("bad-input"), "Quantum Lattice Materials", "2026-02-10");
        moveTo(venture, "ADMITTED", "2026-03-01");
        moveTo(venture, "INCUBATING", "2026-03-15");
    }

    ValidatableResponse roundWith(Map<String, Object> amount) {
        return post("/v1/ventures/" + venture + "/funding-rounds",
                round("Seed", amount, List.of(Map.of("name", "An angel")), "2026-06-01")).then();
    }

    static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType("application/problem+json").body("type", equalTo(PROBLEMS + code));
    }

    @Test
    void a_negative_or_zero_amount_is_a_422() {
        assertNoEventWritten(() -> problem(roundWith(money("-1000.00", "CNY")), 422, "amount-not-positive"));
        assertNoEventWritten(() -> problem(roundWith(money("0", "CNY")), 422, "amount-not-positive"));
    }

    @Test
    void a_malformed_amount_is_a_400_naming_the_field() {
        for (String malformed : List.of("12,50", "1e6", "abc", "", "0x10", "1.2.3", "1234567890123456")) {
            assertNoEventWritten(() -> problem(roundWith(money(malformed, "CNY")), 400, "validation"));
        }
        assertNoEventWritten(() -> roundWith(money("12,50", "CNY")).body("errors.field", hasItem("amount.amount")));
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/funding-rounds",
                "{\"roundName\":\"Seed\",\"amount\":{\"amount\":[1]},\"investors\":[{\"name\":\"x\"}],\"closedOn\":\"2026-06-01\"}").then(),
                400, "malformed-body"));
    }

    @Test
    void an_unknown_currency_is_a_422_and_a_malformed_one_a_400() {
        assertNoEventWritten(() -> problem(roundWith(money("1000.00", "XYZ")), 422, "unknown-currency"));
        assertNoEventWritten(() -> problem(roundWith(money("1000.00", "yuan")), 400, "validation"));
    }

    @Test
    void more_decimals_than_the_currency_has_is_a_422() {
        assertNoEventWritten(() -> problem(roundWith(money("1000.001", "CNY")), 422, "amount-precision"));
        assertNoEventWritten(() -> problem(roundWith(money("1000.5", "JPY")), 422, "amount-precision"));
    }

    @Test
    void commitments_that_do_not_add_up_are_a_422() {
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/funding-rounds", round("Seed", money("0.31", "CNY"), List.of(
                Map.of("name", "A", "commitment", money("0.1", "CNY")), Map.of("name", "B", "commitment", money("0.2", "CNY"))),
                "2026-06-01")).then(), 422, "commitments-do-not-add-up").body("commitmentsTotal", equalTo("0.30")));
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/funding-rounds", round("Seed", money("0.30", "CNY"), List.of(
                Map.of("name", "A", "commitment", money("0.1", "CNY")), Map.of("name", "B", "commitment", money("0.2", "USD"))),
                "2026-06-01")).then(), 422, "currency-mismatch"));
    }

    @Test
    void an_investor_naming_an_unknown_partner_is_a_422() {
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/funding-rounds", round("Seed", money("10.00", "CNY"),
                List.of(Map.of("partnerId", UUID.randomUUID().toString())), "2026-06-01")).then(), 422, "unknown-investor-partner"));
    }

    @Test
    void an_illegal_stage_change_is_a_409() {
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/stage-changes", Map.of("stage", "GRADUATED", "on", "2026-04-01"))
                .then(), 409, "illegal-stage-change").body("from", equalTo("INCUBATING")).body("to", equalTo("GRADUATED")));
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/stage-changes", Map.of("stage", "ADMITTED", "on", "2026-04-01"))
                .then(), 409, "illegal-stage-change"));
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/stage-changes", Map.of("stage", "PIVOTING", "on", "2026-04-01"))
                .then(), 400, "malformed-body"));
    }

    @Test
    void a_round_into_a_closed_venture_is_a_409() {
        post("/v1/ventures/" + venture + "/closure", Map.of("reason", "No market for the product", "closedOn", "2026-05-01"))
                .then().statusCode(200).body("stage", equalTo("CLOSED"));
        assertNoEventWritten(() -> problem(roundWith(money("1000000.00", "CNY")), 409, "venture-closed"));
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/milestones", Map.of("milestone", "Launch", "reachedOn", "2026-06-01"))
                .then(), 409, "venture-closed"));
    }

    @Test
    void a_stale_if_match_is_a_412() {
        assertNoEventWritten(() -> problem(given().auth().oauth2(Tokens.operator()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("stage", "ACCELERATING", "on", "2026-04-01")).post("/v1/ventures/" + venture + "/stage-changes").then(),
                412, "stale-version"));
    }

    @Test
    void an_unknown_venture_is_a_404() {
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + UUID.randomUUID() + "/milestones",
                Map.of("milestone", "Launch", "reachedOn", "2026-06-01")).then(), 404, "unknown-venture"));
        problem(given().auth().oauth2(Tokens.analyst()).get("/v1/ventures/" + UUID.randomUUID() + "/timeline").then(), 404, "unknown-venture");
    }

    @Test
    void partners_and_analysts_do_not_manage_ventures() {
        String org = unique("vc");
        registerPartner(org, "A VC", "VENTURE_CAPITAL");
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(round("Seed", money("10.00", "CNY"), List.of(Map.of("name", "Me")), "2026-06-01"))
                .post("/v1/ventures/" + venture + "/funding-rounds").then().statusCode(403).body("type", endsWith("/forbidden")));
        assertNoEventWritten(() -> given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON)
                .body(Map.of("stage", "ACCELERATING", "on", "2026-04-01")).post("/v1/ventures/" + venture + "/stage-changes")
                .then().statusCode(403));
        given().auth().oauth2(Tokens.partner(org)).get("/v1/ventures/" + venture).then().statusCode(403);
        given().get("/v1/portfolio").then().statusCode(401);
    }

    @Test
    void a_founder_with_the_wrong_id_for_its_kind_is_a_422() {
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/founders", Map.of("kind", "STUDENT", "name", "No id")).then(),
                422, "founder-identity-mismatch"));
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/founders", Map.of("kind", "EXTERNAL", "name", "x",
                "studentId", "not-a-uuid")).then(), 400, "malformed-body"));
    }

    @Test
    void unknown_fields_are_refused() {
        assertNoEventWritten(() -> problem(post("/v1/ventures/" + venture + "/milestones",
                Map.of("milestone", "Launch", "reachedOn", "2026-06-01", "amountUsd", 3.5)).then(), 400, "malformed-body")
                .body("detail", containsString("amountUsd")));
    }
}
