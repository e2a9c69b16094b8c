package org.reformplatform.evaluation.cycle;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import org.reformplatform.testing.Tokens;

/** Requests a partner institution sends to set up a cycle. */
public final class CycleFixtures {

    private CycleFixtures() {
    }

    public static Map<String, Object> indicator(String code, String weight, String kind, String max) {
        return Map.of("code", code, "name", code, "weight", weight, "kind", kind, "max", max);
    }

    /** An engineering track: delivery and quality marked out of 10, two industry experts and a committee member. */
    public static Map<String, Object> engineeringTrack(String deliveryWeight, String qualityWeight) {
        Map<String, Object> track = new HashMap<>();
        track.put("code", "engineering");
        track.put("name", "Engineering model projects");
        track.put("indicators", List.of(indicator("delivery", deliveryWeight, "SCORE", "10"), indicator("quality", qualityWeight, "SCORE", "10")));
        track.put("evaluators", List.of(Map.of("kind", "INDUSTRY_EXPERT", "count", 2), Map.of("kind", "COMMITTEE", "count", 1)));
        track.put("uses", List.of("PROMOTION", "POST_RENEWAL"));
        track.put("passMark", "60");
        track.put("excellentMark", "85");
        return track;
    }

    public static Map<String, Object> scheme(Object... tracks) {
        return Map.of("name", "Classified evaluation", "tracks", List.of(tracks));
    }

    /** Defines a scheme with the engineering track (weights 0.6 / 0.4); returns its URL. */
    public static String defineScheme(String org) {
        return given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(scheme(engineeringTrack("0.6", "0.4")))
                .post("/v1/schemes").then().statusCode(201).extract().header("Location");
    }

    public static String openCycle(String org, String schemeLocation) {
        return given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("schemeId", idOf(schemeLocation), "name", "2026 evaluation"))
                .post("/v1/cycles").then().statusCode(201).extract().header("Location");
    }

    public static String submit(String org, String cycleLocation, UUID researcher) {
        return given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON)
                .body(Map.of("researcherId", researcher, "track", "engineering", "use", "PROMOTION", "evidence", List.of("Model X delivered")))
                .post(cycleLocation + "/dossiers").then().statusCode(201).extract().header("Location");
    }

    /** An operator enters the evaluator in the register with their kind (again: nothing changes). */
    public static void register(String evaluator, String kind) {
        given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(Map.of("subject", evaluator, "name", evaluator, "kind", kind))
                .post("/v1/evaluators").then().statusCode(201);
    }

    /** Registers the evaluator with the kind, then assigns them naming it. */
    public static void assign(String org, String dossierLocation, String evaluator, String kind) {
        register(evaluator, kind);
        given().auth().oauth2(Tokens.partner(org)).contentType(ContentType.JSON).body(Map.of("evaluator", evaluator, "kind", kind))
                .post(dossierLocation + "/assignments").then().statusCode(200);
    }

    public static Map<String, Object> sheet(String delivery, String quality) {
        return Map.of("scores", List.of(Map.of("indicator", "delivery", "value", delivery), Map.of("indicator", "quality", "value", quality)));
    }

    public static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
