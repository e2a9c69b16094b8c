package org.reformplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** All five services answer, with real Keycloak tokens, exactly as deploy/local runs them. */
@ExtendWith(RunningPlatform.class)
@Order(1)
class PlatformSmokeIT {

    final LocalPlatform platform = RunningPlatform.platform();
    final Api api = platform.api();

    @Test
    void every_service_is_ready_and_refuses_calls_without_a_token() {
        for (String service : LocalPlatform.SERVICES) {
            assertThat(api.as(null).get(service, "/q/health/ready").status()).as(service + " ready").isEqualTo(200);
            Api.Reply anonymous = api.as(null).get(service, "/ops/projections");
            assertThat(anonymous.status()).as(service + " without a token").isEqualTo(401);
            assertThat(anonymous.header("content-type")).startsWith("application/problem+json");
            assertThat(api.as(Tokens.OPERATOR).get(service, "/ops/projections").status()).as(service + " with an operator token").isEqualTo(200);
        }
    }

    @Test
    void keycloak_tokens_carry_the_roles_organisation_and_audience_the_services_expect() {
        var partner = Tokens.claims(platform.tokens().of(Tokens.UNIVERSITY_A));
        assertThat(partner.path("org").asText()).isEqualTo("university-a");
        assertThat(partner.path("groups").toString()).contains("partner");
        assertThat(partner.path("aud").toString()).contains("reform-platform");
    }
}
