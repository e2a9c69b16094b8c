package org.reformplatform.qualification.referencedata;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.reformplatform.testing.Tokens;

/** Test support: the reference list loaded through the API, and its read model caught up. */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static void ensureLoaded() {
        given().auth().oauth2(Tokens.operator()).post("/v1/reference-data/recognition-lists").then().statusCode(anyOf(equalTo(200), equalTo(201)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .get("/v1/recognition-list-versions/in-force").then().statusCode(200)
                .body("version", equalTo("3.0")).body("entries", equalTo(143)));
    }
}
