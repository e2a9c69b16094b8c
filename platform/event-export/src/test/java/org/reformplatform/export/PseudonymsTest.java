package org.reformplatform.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** Analysts see a stable pseudonym of the person wherever a service published sealed personal data. */
class PseudonymsTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void sealed_values_become_the_same_pseudonym_per_subject_and_nothing_else_changes() throws Exception {
        JsonNode data = json.readTree("{\"studentId\":\"s-1\",\"candidateName\":\"pd1:s-1:AAAAbbbbCCCC\",\"organisation\":\"org-a\","
                + "\"team\":[{\"name\":\"pd1:s-2:ZZZZ\"},{\"name\":\"[erased]\"}],\"note\":\"pd1: is how sealed values start\"}");
        JsonNode out = Pseudonyms.apply(data);
        assertThat(out.get("candidateName").asText()).isEqualTo(Pseudonyms.of("s-1")).startsWith("pseudonym:").hasSize(26);
        assertThat(out.at("/team/0/name").asText()).isEqualTo(Pseudonyms.of("s-2")).isNotEqualTo(Pseudonyms.of("s-1"));
        assertThat(out.at("/team/1/name").asText()).isEqualTo("[erased]");
        assertThat(out.get("note").asText()).isEqualTo("pd1: is how sealed values start");
        assertThat(out.get("organisation").asText()).isEqualTo("org-a");
        assertThat(json.readTree("{\"n\":\"pd1:s-1:other-ciphertext\"}").get("n").asText()).isNotEqualTo(out.get("candidateName").asText());
        assertThat(Pseudonyms.apply(json.readTree("{\"n\":\"pd1:s-1:other-ciphertext\"}")).get("n").asText())
                .isEqualTo(out.get("candidateName").asText());
    }
}
