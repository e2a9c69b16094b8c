package org.reformplatform.evaluation.evaluator;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.reformplatform.evaluation.cycle.CycleFixtures.defineScheme;
import static org.reformplatform.evaluation.cycle.CycleFixtures.openCycle;
import static org.reformplatform.evaluation.cycle.CycleFixtures.register;
import static org.reformplatform.evaluation.cycle.CycleFixtures.submit;
import static org.reformplatform.evaluation.cycle.CycleFixtures.unique;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/** Evaluators come from the register of their kind: an assignment takes the kind from it, and refuses anyone not in it. */
@QuarkusTest
class EvaluatorRegisterResourceTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void an_assignment_takes_the_kind_from_the_register_and_refuses_the_unregistered() {
        String org = unique("satellite");
        String dossier = submit(org, openCycle(org, defineScheme(org)), UUID.randomUUID());
        String expert = unique("industry"), stranger = unique("stranger"), committee = unique("committee");

        // Only operators register; partners read the register, which every institution shares.
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("subject", expert, "kind", "INDUSTRY_EXPERT"))
                .post("/v1/evaluators").then().statusCode(403);
        register(expert, "INDUSTRY_EXPERT");
        register(expert, "INDUSTRY_EXPERT");
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("subject", expert, "kind", "PEER"))
                .post("/v1/evaluators").then().statusCode(409).body("type", containsString("evaluator-registered-as-other-kind"));
        given().auth().oauth2(Tokens.partner(org)).get("/v1/evaluators/" + expert).then().statusCode(200).body("kind", equalTo("INDUSTRY_EXPERT"));
        given().auth().oauth2(Tokens.partner(org)).get("/v1/evaluators/" + stranger).then().statusCode(404)
                .body("type", containsString("unknown-evaluator"));
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(Tokens.analyst()).get("/v1/evaluators?kind=INDUSTRY_EXPERT&size=100")
                .then().statusCode(200).body("items.subject", hasItem(expert)));

        // Not in the register: refused, nothing written.
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("evaluator", stranger, "kind", "INDUSTRY_EXPERT")).post(dossier + "/assignments")
                .then().statusCode(409).contentType("application/problem+json").body("type", containsString("evaluator-not-registered")));
        // The kind is the register's: naming it is not needed, naming another is refused.
        EventStoreProbe.assertNoEventWritten(() -> given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("evaluator", expert, "kind", "COMMITTEE")).post(dossier + "/assignments")
                .then().statusCode(409).body("type", containsString("evaluator-kind-differs")));
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("evaluator", expert)).post(dossier + "/assignments")
                .then().statusCode(200).body("assignments.find { it.evaluator == '" + expert + "' }.kind", equalTo("INDUSTRY_EXPERT"));
        register(committee, "COMMITTEE");
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("evaluator", committee)).post(dossier + "/assignments")
                .then().statusCode(200).body("assignments.find { it.evaluator == '" + committee + "' }.kind", equalTo("COMMITTEE"));
    }
}
