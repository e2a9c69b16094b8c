package org.reformplatform.evaluation.cycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.reformplatform.evaluation.cycle.CycleFixtures.defineScheme;
import static org.reformplatform.evaluation.cycle.CycleFixtures.openCycle;
import static org.reformplatform.evaluation.cycle.CycleFixtures.submit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.Tokens;

/**
 * An evaluator from the cycle's own institution is refused with the relation named; one from
 * elsewhere is assigned, and the operator sees every relation checked for them.
 */
@QuarkusTest
class ConflictDetectionResourceTest {

    @Test
    void an_evaluator_of_the_same_institution_is_refused_and_operators_see_the_checks_of_the_one_assigned() {
        String org = "inst-conflicts-" + UUID.randomUUID();
        String cycle = openCycle(org, defineScheme(org));
        String dossier = submit(org, cycle, UUID.randomUUID());
        String colleague = "colleague-" + UUID.randomUUID();
        String outsider = "outsider-" + UUID.randomUUID();
        register(colleague, org);
        register(outsider, "Orbit Ltd");

        assign(org, dossier, colleague).statusCode(409)
                .body("type", equalTo("https://reform-platform.org/problems/conflict-of-interest"))
                .body("relation", equalTo("same-institution")).body("evaluator", equalTo(colleague))
                .body("detail", containsString(org)).body("checks.relation", hasItems("same-institution", "declared-conflict"));
        assign(org, dossier, outsider).statusCode(200);

        String dossierId = dossier.substring(dossier.lastIndexOf('/') + 1);
        given().auth().oauth2(Tokens.operator()).get("/v1/conflict-checks?dossierId=" + dossierId).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.evaluator", hasItems(outsider))
                .body("items.find { it.relation == 'same-institution' }.outcome", equalTo("NOT_FOUND"))
                .body("items.find { it.relation == 'declared-conflict' }.outcome", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.partner(org)).get("/v1/conflict-checks?dossierId=" + dossierId).then().statusCode(403);
    }

    static void register(String subject, String affiliation) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("name", subject);
        body.put("kind", "INDUSTRY_EXPERT");
        body.put("affiliation", affiliation);
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body).post("/v1/evaluators").then().statusCode(201);
    }

    static io.restassured.response.ValidatableResponse assign(String org, String dossier, String evaluator) {
        return given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("evaluator", evaluator))
                .post(dossier + "/assignments").then();
    }
}
