package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.testing.Tokens;

/**
 * An erasure reaches the copies the kernel keeps outside the events and read models: the answer
 * stored for a retried request and a scheduled command's parameters. The subject's values are
 * replaced there by "[erased]" (the row stays, a retry still gets an answer); another person's
 * values in the same tables stay as they are.
 */
@QuarkusTest
class StoredCopiesErasureTest {

    @Inject
    KernelFixtures fixtures;

    @Test
    void the_stored_answers_and_deadlines_lose_the_subjects_values_and_keep_everyone_elses() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String owner = "Grace \"Amazing\" Hopper-" + tag;
        String other = "Alan Turing-" + tag;
        TallyId id = fixtures.openTally(100, owner);
        fixtures.openTally(100, other);
        // What the resource answered, JSON-escaped as it is stored, and a line naming the owner inside a longer text.
        String answer = "{\"id\":\"" + id.value() + "\",\"owner\":\"Grace \\\"Amazing\\\" Hopper-" + tag + "\",\"note\":\"opened for Grace \\\"Amazing\\\" Hopper-"
                + tag + " and " + other + "\"}";
        String key = "retry-" + tag;
        fixtures.execute("INSERT INTO idempotency_keys (scope, key, request_hash, status, body) VALUES ('tallies', ?, 'h', 201, ?)", key, answer);
        UUID deadline = UUID.randomUUID();
        fixtures.execute("INSERT INTO deadlines (id, name, stream_id, subject, due_at, payload, correlation_id, causation_id, scheduled_at) "
                + "VALUES (?, 'kerneltest.Reminder', ?, ?, now() + interval '1 day', ?, ?, ?, now())", deadline, "stored-copies-" + tag,
                "remind " + owner, "{\"owner\":\"Grace \\\"Amazing\\\" Hopper-" + tag + "\"}", UUID.randomUUID(), UUID.randomUUID());

        given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/subjects/" + id.value() + "/erasure").then().statusCode(200)
                .body("scrubbedRows.'idempotency_keys.body'", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        List<List<Object>> stored = fixtures.rows("SELECT body FROM idempotency_keys WHERE key = '" + key + "'");
        String body = (String) stored.get(0).get(0);
        assertThat(body).doesNotContain("Hopper").contains("\"owner\":\"[erased]\"").contains("opened for [erased] and " + other);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("id").asText()).isEqualTo(id.value().toString());
        List<Object> due = fixtures.rows("SELECT subject, payload FROM deadlines WHERE id = '" + deadline + "'").get(0);
        assertThat(due).containsExactly("remind [erased]", "{\"owner\":\"[erased]\"}");
        // The other person was not erased: their tally's name is where it was.
        assertThat(fixtures.count("SELECT count(*) FROM idempotency_keys WHERE key = ? AND strpos(body, ?) > 0", key, other)).isEqualTo(1);
    }
}
