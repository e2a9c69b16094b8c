package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reformplatform.testing.EventStoreProbe;
import org.reformplatform.testing.Tokens;

/**
 * A request target that is not a URI (a {@code %} not followed by two hexadecimal digits, a
 * character that must be percent-encoded) is a 400 {@code malformed-uri} problem, wherever it is in
 * the path or query and whoever sends it, instead of Quarkus' empty 400.
 */
@QuarkusTest
class MalformedUriTest {

    @ParameterizedTest
    @ValueSource(strings = {"/v1/tallies/%zz", "/v1/tallies/%", "/v1/tallies/%4", "/v1/tallies/%4g", "/v1/%zz/increments", "/v1/tallies/a%2",
            "/v1/tallies?stream=%zz", "/v1/tallies?stream=%", "/v1/tallies?stream=a&page=%2", "/v1/tallies/a|b", "/v1/tallies/<script>",
            "/v1/tallies/\"quoted\"", "/ops/projections/%zz", "/q/health/%zz", "/%", "/no-such/%zz"})
    void is_a_malformed_uri_problem_with_or_without_a_token(String target) throws Exception {
        for (RawRequest request : new RawRequest[] {RawRequest.get(target), RawRequest.get(target).token(Tokens.operator())}) {
            RawRequest.Answer answer = request.send();
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            JsonPath problem = JsonPath.from(answer.body());
            assertThat(problem.getString("type")).isEqualTo("https://reform-platform.org/problems/malformed-uri");
            assertThat(problem.getInt("status")).isEqualTo(400);
            assertThat(problem.getString("detail")).contains("cannot be read");
        }
    }

    @Test
    void a_command_sent_to_a_malformed_uri_stores_nothing() {
        EventStoreProbe.assertNoEventWritten(() -> {
            try {
                RawRequest.Answer answer = RawRequest.postJson("/v1/tallies?x=%zz", "{\"owner\":\"ana\",\"limit\":10}")
                        .token(Tokens.partner("org-a")).send();
                assertThat(answer.status()).isEqualTo(400);
                assertThat(JsonPath.from(answer.body()).getString("type")).endsWith("/malformed-uri");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void well_formed_escapes_are_read_as_before() throws Exception {
        // "%25zz" is the text "%zz": a filter that matches nothing, not a malformed URI.
        RawRequest.Answer list = RawRequest.get("/v1/tallies?stream=%25zz").token(Tokens.operator()).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(JsonPath.from(list.body()).getInt("totalItems")).isZero();
        // An escaped hyphen in a UUID is the UUID: the tally is looked for (and not found).
        String id = UUID.randomUUID().toString().replaceFirst("-", "%2D");
        RawRequest.Answer one = RawRequest.get("/v1/tallies/" + id).token(Tokens.operator()).send();
        assertThat(one.status()).isEqualTo(404);
        assertThat(JsonPath.from(one.body()).getString("type")).endsWith("/unknown-tally");
    }
}
