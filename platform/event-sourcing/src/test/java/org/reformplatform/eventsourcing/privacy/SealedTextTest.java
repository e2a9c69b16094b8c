package org.reformplatform.eventsourcing.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Sealing a personal text: it opens with the subject's key and nothing else, for any text. */
class SealedTextTest {

    static SecretKey key(int seed) {
        byte[] bytes = new byte[32];
        new java.util.Random(seed).nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    @Test
    void any_text_opens_with_its_subjects_key_and_with_no_other() {
        SecretKey key = key(1);
        SecretKey other = key(2);
        qt().withExamples(300).forAll(strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(0, 200)).checkAssert(plain -> {
            String subject = UUID.randomUUID().toString();
            String sealed = SealedText.seal(subject, plain, key);
            assertThat(SealedText.isSealed(sealed)).isTrue();
            assertThat(SealedText.subjectOf(sealed)).isEqualTo(subject);
            assertThat(SealedText.open(sealed, key)).isEqualTo(plain);
            assertThat(SealedText.open(sealed, other)).isNull();
            if (plain.length() >= 12) {
                assertThat(sealed).doesNotContain(plain);
            }
        });
    }

    @Test
    void the_same_text_seals_differently_each_time_and_a_value_moved_to_another_subject_does_not_open() {
        SecretKey key = key(3);
        String a = SealedText.seal("subject-a", "Ada Lovelace", key);
        assertThat(SealedText.seal("subject-a", "Ada Lovelace", key)).isNotEqualTo(a);
        String moved = a.replace("pd1:subject-a:", "pd1:subject-b:");
        assertThat(SealedText.open(moved, key)).isNull();
        assertThat(SealedText.open("pd1:subject-a:not-base64!", key)).isNull();
        assertThat(SealedText.open("pd1:subject-a:AAAA", key)).isNull();
    }

    @Test
    void another_service_reads_sealed_values_as_null_wherever_they_are() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String sealed = SealedText.seal("s-1", "Ada", key(4));
        JsonNode data = json.readTree("{\"id\":\"s-1\",\"name\":\"" + sealed + "\",\"team\":[{\"name\":\"" + sealed
                + "\",\"role\":\"lead\"}],\"tags\":[\"" + sealed + "\",\"x\"],\"title\":\"pd1 is a prefix\"}");
        JsonNode withheld = PersonalDataSealer.withheld(data);
        assertThat(withheld.get("name").isNull()).isTrue();
        assertThat(withheld.at("/team/0/name").isNull()).isTrue();
        assertThat(withheld.at("/team/0/role").asText()).isEqualTo("lead");
        assertThat(withheld.at("/tags/0").isNull()).isTrue();
        assertThat(withheld.at("/tags/1").asText()).isEqualTo("x");
        assertThat(withheld.get("title").asText()).isEqualTo("pd1 is a prefix");
        assertThat(data.get("name").asText()).as("the delivered data is left as it came").isEqualTo(sealed);
    }
}
