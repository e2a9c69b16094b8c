package org.reformplatform.qualification;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.testing.ApiContract;

/** The OpenAPI document partners read is the committed contract (docs/api/qualification.openapi.json). */
@QuarkusTest
class OpenApiTest {

    @Test
    void the_api_is_the_committed_contract() {
        ApiContract.assertUpToDate("qualification");
    }
}
