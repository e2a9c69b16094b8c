package org.reformplatform.eventsourcing.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.KernelFixtures;
import org.reformplatform.eventsourcing.domain.PersonalData;
import org.reformplatform.eventsourcing.sample.TallyId;
import org.reformplatform.testing.Tokens;

/**
 * Rotation of the key-encryption key (docs/operations.md, "Rotating the KEK"), as operators run it:
 * replicas rolled with the new key current and the old one previous rewrap every data-subject key;
 * afterwards a replica that has only the new key opens every sealed value, and a forgotten subject
 * stays forgotten. The same run through the operators' endpoint is idempotent and audited.
 */
@QuarkusTest
class KeyRotationTest {

    /** The key the service runs with in this test JVM (the development default) and the one rotated to. */
    static final String CURRENT = "local-development-personal-data-kek";
    static final String NEXT = "kernel-test-next-kek";

    @Inject
    KernelFixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SubjectKeys service;

    /** A replica of the service's keys configured with other key-encryption keys, on the same database. */
    SubjectKeys replica(String kek, String previous) {
        SubjectKeys keys = new SubjectKeys();
        keys.dataSource = dataSource;
        keys.transactions = transactions;
        keys.keyEncryptionKey = kek;
        keys.previousKeyEncryptionKeys = previous;
        keys.cacheFor = Duration.ZERO;
        keys.init();
        return keys;
    }

    @Test
    void after_rotation_every_sealed_value_still_opens_and_a_forgotten_subject_stays_forgotten() throws Exception {
        Map<TallyId, String> owners = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String owner = "Grace Hopper-" + tag + " <grace." + tag + "@example.org>";
            owners.put(fixtures.openTally(100, owner), owner);
        }
        TallyId forgotten = owners.keySet().iterator().next();
        given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/subjects/" + forgotten.value() + "/erasure").then().statusCode(200);

        // Step 1: every replica rolled with the new key current and the old one among the previous ones.
        SubjectKeys rolled = replica(NEXT, CURRENT);
        String nextId = rolled.currentKekId();
        assertThat(rolled.keysByKek()).containsKey(service.currentKekId());
        // Step 2: the rewrap, in batches that each commit: a run stopped after one batch leaves it done, the next run takes the rest.
        long before = rolled.keysByKek().getOrDefault(nextId, 0L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> rolled.rewrap(2))).isEqualTo(2);
        assertThat(rolled.keysByKek().getOrDefault(nextId, 0L)).isEqualTo(before + 2);
        while (QuarkusTransaction.requiringNew().call(() -> rolled.rewrap(KeyRotations.BATCH)) > 0) {
            // until none is left
        }
        assertThat(rolled.keysByKek()).containsOnlyKeys(nextId);

        // Step 3: the old key removed. Every sealed value still opens with the new key alone; the forgotten one reads as erased.
        SubjectKeys after = replica(NEXT, " ");
        for (Map.Entry<TallyId, String> tally : owners.entrySet()) {
            String sealed = sealedOwner(tally.getKey());
            String subject = SealedText.subjectOf(sealed);
            String opened = after.toOpen(subject).map(k -> SealedText.open(sealed, k)).orElse(PersonalData.ERASED);
            assertThat(opened).as("the owner of tally " + tally.getKey().value())
                    .isEqualTo(tally.getKey().equals(forgotten) ? PersonalData.ERASED : tally.getValue());
        }
        assertThat(after.isForgotten(forgotten.value().toString())).isTrue();
        assertThat(fixtures.count("SELECT count(*) FROM personal_data_keys WHERE subject = ? AND wrapped_key IS NULL",
                forgotten.value().toString())).isEqualTo(1);

        // And back, through the operators' endpoint (the service runs with the development key, the next one previous).
        int rewrapped = given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/key-rotations").then().statusCode(200)
                .body("kekId", is(service.currentKekId())).body("remaining", is(0)).body("requestedBy", is("operator-1"))
                .extract().path("rewrapped");
        assertThat(rewrapped).isGreaterThanOrEqualTo(owners.size() - 1);
        given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/key-rotations").then().statusCode(200).body("rewrapped", is(0));
        given().auth().oauth2(Tokens.operator()).get("/ops/personal-data/key-rotations").then().statusCode(200)
                .body("done", is(true)).body("runs[1].rewrapped", is(rewrapped)).body("runs[0].rewrapped", is(0));
        for (Map.Entry<TallyId, String> tally : owners.entrySet()) {
            String sealed = sealedOwner(tally.getKey());
            service.evict(SealedText.subjectOf(sealed));
            String opened = service.toOpen(SealedText.subjectOf(sealed)).map(k -> SealedText.open(sealed, k)).orElse(PersonalData.ERASED);
            assertThat(opened).isEqualTo(tally.getKey().equals(forgotten) ? PersonalData.ERASED : tally.getValue());
        }
    }

    @Test
    void keys_under_a_key_encryption_key_the_service_was_not_given_are_refused_before_anything_changes() throws Exception {
        String stranger = "stranger-" + UUID.randomUUID();
        SubjectKeys elsewhere = replica("a-key-encryption-key-nobody-configured", " ");
        elsewhere.toSeal(stranger);
        try {
            List<List<Object>> keysBefore = new ArrayList<>(fixtures.rows("SELECT subject, kek_id FROM personal_data_keys ORDER BY subject"));
            given().auth().oauth2(Tokens.operator()).post("/ops/personal-data/key-rotations").then().statusCode(409)
                    .contentType(containsString("problem+json")).body("type", containsString("unknown-key-encryption-key"))
                    .body("kekIds[0]", is(elsewhere.currentKekId()));
            assertThat(fixtures.rows("SELECT subject, kek_id FROM personal_data_keys ORDER BY subject")).isEqualTo(keysBefore);
        } finally {
            fixtures.execute("DELETE FROM personal_data_keys WHERE subject = ?", stranger);
        }
        given().auth().oauth2(Tokens.partner("org-a")).post("/ops/personal-data/key-rotations").then().statusCode(403);
        given().auth().oauth2(Tokens.analyst()).get("/ops/personal-data/key-rotations").then().statusCode(403);
    }

    private String sealedOwner(TallyId id) throws Exception {
        String payload = (String) fixtures.rows("SELECT payload::text FROM events WHERE stream_id = '" + id.value() + "' AND stream_version = 1")
                .get(0).get(0);
        String owner = new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload).path("owner").asText();
        assertThat(SealedText.isSealed(owner)).as("the owner as stored: " + owner).isTrue();
        return owner;
    }
}
