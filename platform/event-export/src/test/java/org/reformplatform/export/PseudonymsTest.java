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

    @Test
    void a_decryption_grant_is_named_per_service_and_the_token_never_on_the_command_line() {
        ExportOptions options = ExportOptions.parse(new String[] {"--all", "--decrypt", "admissions=6f1c2d3e-0000-4000-8000-000000000001"});
        assertThat(options.decrypt()).containsEntry("admissions", "6f1c2d3e-0000-4000-8000-000000000001");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.parse(new String[] {"--all", "--decrypt", "admissions"}))
                .isInstanceOf(ExportOptions.UsageException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.parse(new String[] {"--all", "--decrypt", "=x"}))
                .isInstanceOf(ExportOptions.UsageException.class);
        assertThat(ExportOptions.parse(new String[] {"--all"}).decrypt()).isEmpty();
    }

    @Test
    void sealed_values_are_found_at_any_depth() throws Exception {
        assertThat(Pseudonyms.containsSealed(json.readTree("{\"a\":[{\"b\":\"pd1:s:x\"}]}"))).isTrue();
        assertThat(Pseudonyms.containsSealed(json.readTree("{\"a\":[{\"b\":\"pd1:\"}],\"c\":\"[erased]\"}"))).isFalse();
    }
}
