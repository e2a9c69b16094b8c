package org.reformplatform.incubation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ApiContract;

/** The OpenAPI document partners build against: every endpoint, summarised, money as decimal strings. */
@QuarkusTest
class OpenApiTest {

    @Test
    void the_document_names_every_endpoint_and_shows_money_as_strings() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Incubation API"))
                .body("paths", hasKey("/v1/partners/{id}/donations"))
                .body("paths", hasKey("/v1/partners/{id}/investments"))
                .body("paths", hasKey("/v1/ventures/{id}/funding-rounds"))
                .body("paths", hasKey("/v1/ventures/{id}/founders"))
                .body("paths", hasKey("/v1/portfolio"))
                .body("paths", hasKey("/v1/reference-data/portfolio"))
                .body("paths.'/v1/ventures/{id}/stage-changes'.post.summary", notNullValue())
                .body("components.schemas.Money.properties.amount.type", equalTo("string"))
                .body("components.schemas.MoneyInput.properties.amount.type", equalTo("string"));
    }

    @Test
    void the_api_is_the_committed_contract() {
        ApiContract.assertUpToDate("incubation");
    }
}
