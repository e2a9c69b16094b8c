package org.reformplatform.incubation;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.reformplatform.testing.Tokens;

/** The calls API tests repeat, made as an operator with real signed tokens. */
public final class IncubationApi {

    private IncubationApi() {
    }

    /** A name no other test uses, so that tests sharing the database do not see each other's data. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> money(String amount, String currency) {
        Map<String, Object> money = new HashMap<>();
        money.put("amount", amount);
        if (currency != null) {
            money.put("currency", currency);
        }
        return money;
    }

    /** Registers a partner; returns its id. */
    public static String registerPartner(String organisation, String name, String kind) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("organisation", organisation, "name", name, "kind", kind))
                .post("/v1/partners").then().statusCode(201).extract().path("id");
    }

    /** Records a venture's application; returns its id. */
    public static String applyVenture(String centre, String name, String appliedOn) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON)
                .body(Map.of("centre", centre, "name", name, "origin", "STUDENT", "summary", "A test start-up", "appliedOn", appliedOn))
                .post("/v1/ventures").then().statusCode(201).extract().path("id");
    }

    public static Response post(String path, Object body) {
        return given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(body).post(path);
    }

    public static void moveTo(String ventureId, String stage, String on) {
        post("/v1/ventures/" + ventureId + "/stage-changes", Map.of("stage", stage, "on", on)).then().statusCode(200);
    }

    public static Map<String, Object> round(String roundName, Map<String, Object> amount, List<Map<String, Object>> investors, String closedOn) {
        return Map.of("roundName", roundName, "amount", amount, "investors", investors, "closedOn", closedOn);
    }
}
