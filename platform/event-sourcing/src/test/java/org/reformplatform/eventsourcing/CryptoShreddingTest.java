package org.reformplatform.eventsourcing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.privacy.SubjectKeys;
import org.reformplatform.eventsourcing.sample.Tally;
import org.reformplatform.eventsourcing.sample.TallyEvent.TallyOpened;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.eventsourcing.store.EventStore;
import org.reformplatform.testing.Tokens;

/**
 * Crypto-shredding: a tally's owner is personal data (@PersonalData on TallyOpened.owner). It is
 * sealed before the store, the outbox and the topic; read back in clear; and once its subject (the
 * tally) is forgotten it reads as "[erased]" everywhere, while the stream still loads and decides
 * and the read model, rebuilt, keeps its counts.
 */
@QuarkusTest
class CryptoShreddingTest {

    @Inject
    KernelFixtures fixtures;

    @Inject
    EventStore store;

    @Inject
    Aggregates aggregates;

    @Inject
    SubjectKeys keys;

    static String person() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return "Ada Lovelace-" + tag + " <ada." + tag + "@example.org>";
    }

    @Test
    void personal_fields_are_sealed_in_the_store_and_on_the_topic_and_read_back_in_clear() throws Exception {
        String owner = person();
        TallyId id = fixtures.openTally(100, owner);

        String stored = (String) fixtures.rows("SELECT payload::text FROM events WHERE stream_id = '" + id.value() + "'").get(0).get(0);
        assertThat(stored).doesNotContain("Ada").doesNotContain("example.org").contains("\"owner\":\"pd1:" + id.value() + ":");
        String published = new String(fixtures.published(id, 1).value(), StandardCharsets.UTF_8);
        assertThat(published).doesNotContain("Ada").contains("pd1:" + id.value());
        assertThat(fixtures.count("SELECT count(*) FROM personal_data_keys WHERE subject = ? AND wrapped_key IS NOT NULL", id.value().toString()))
                .isEqualTo(1);

        TallyOpened opened = (TallyOpened) store.readStream(KernelFixtures.stream(id), 0).get(0).event();
        assertThat(opened.owner()).isEqualTo(owner);
    }

    @Test
    void a_forgotten_subject_still_loads_and_decides_and_its_data_reads_as_erased() throws Exception {
        String owner = person();
        TallyId id = fixtures.openTally(100, owner);
        fixtures.increment(id, 5, "before");

        String audit = given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/subjects/" + id.value() + "/erasure")
                .then().statusCode(200).extract().asString();
        assertThat(audit).contains("\"keyDeleted\":true").doesNotContain("Ada");

        fixtures.increment(id, 3, "after the erasure");
        assertThat(aggregates.load(KernelFixtures.stream(id), Tally.DECIDER).state().total()).isEqualTo(8);
        TallyOpened opened = (TallyOpened) store.readStream(KernelFixtures.stream(id), 0).get(0).event();
        assertThat(opened.owner()).isEqualTo(PersonalData.ERASED);
        // A tombstone, not a missing row: no new key is ever made for the subject.
        assertThat(fixtures.count("SELECT count(*) FROM personal_data_keys WHERE subject = ? AND wrapped_key IS NULL AND forgotten_at IS NOT NULL",
                id.value().toString())).isEqualTo(1);

        // The read model is scrubbed at once, and again when its projection reaches the erasure: a write it
        // was making from the row as it read it before the erasure cannot bring the name back.
        await().atMost(Duration.ofSeconds(30)).until(() -> !given().auth().oauth2(Tokens.operator())
                .get("/ops/personal-data/subjects/" + id.value()).then().statusCode(200).extract().asString().contains("Ada"));
        String access = given().auth().oauth2(Tokens.operator()).get("/ops/personal-data/subjects/" + id.value())
                .then().statusCode(200).extract().asString();
        assertThat(access).doesNotContain("Ada").contains("\"forgotten\":true").contains("[erased]").contains("SubjectForgotten");
        // The audit event carries the subject's id and what was done, no personal data.
        assertThat(fixtures.count("SELECT count(*) FROM events WHERE stream_id = ? AND event_type = 'SubjectForgotten'",
                "personal-data:" + id.value())).isEqualTo(1);
    }

    @Test
    void the_subject_access_document_lists_the_history_in_clear_before_erasure() {
        String owner = person();
        TallyId id = fixtures.openTally(100, owner);
        String access = given().auth().oauth2(Tokens.operator()).get("/ops/personal-data/subjects/" + id.value())
                .then().statusCode(200).extract().asString();
        assertThat(access).contains(owner.substring(0, 21)).contains("\"forgotten\":false").contains("TallyOpened");
        given().auth().oauth2(Tokens.operator()).get("/ops/personal-data/subjects/not a subject!").then().statusCode(422);
        given().auth().oauth2(Tokens.partner("org-a")).get("/ops/personal-data/subjects/" + id.value()).then().statusCode(403);
    }

    @Test
    void the_read_model_is_scrubbed_and_a_rebuild_after_erasure_keeps_the_counts_and_the_erasure() throws Exception {
        String owner = person();
        TallyId id = fixtures.openTally(100, owner);
        fixtures.increment(id, 4, "counted");
        String row = "SELECT owner, total FROM tally_totals WHERE stream_id = '" + id.value() + "'";
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.rows(row).equals(List.of(List.of(owner, 4))));

        given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/subjects/" + id.value() + "/erasure").then().statusCode(200)
                .body("scrubbedRows.'tally-totals'", org.hamcrest.Matchers.is(1));
        assertThat(fixtures.rows(row)).isEqualTo(List.of(List.of(PersonalData.ERASED, 4)));

        given().auth().oauth2(Tokens.operator()).post("/ops/projections/tally-totals/rebuild").then().statusCode(202);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var status = given().auth().oauth2(Tokens.operator()).get("/ops/projections/tally-totals").then().extract();
            return "live".equals(status.path("status.state")) && status.path("status.rebuildFinished") != null;
        });
        assertThat(fixtures.rows(row)).isEqualTo(List.of(List.of(PersonalData.ERASED, 4)));
    }

    @Test
    void a_lost_key_reads_as_erased_never_as_a_failure() throws Exception {
        String owner = person();
        TallyId id = fixtures.openTally(100, owner);
        fixtures.execute("DELETE FROM personal_data_keys WHERE subject = ?", id.value().toString());
        keys.evict(id.value().toString());

        TallyOpened opened = (TallyOpened) store.readStream(KernelFixtures.stream(id), 0).get(0).event();
        assertThat(opened.owner()).isEqualTo(PersonalData.ERASED);
        fixtures.increment(id, 2, "the stream still decides");
        assertThat(aggregates.load(KernelFixtures.stream(id), Tally.DECIDER).state().total()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.count("SELECT count(*) FROM tally_totals WHERE stream_id = ? AND total = 2",
                id.value().toString()) == 1);
    }
}
