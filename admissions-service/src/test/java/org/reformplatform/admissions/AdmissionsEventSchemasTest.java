package org.reformplatform.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformplatform.eventsourcing.schema.EventCatalogue;

/**
 * Every admissions event can be described by the kernel's event catalogue (JSON Schema per type), and
 * the cross-service contract's schema has exactly the documented fields. The published catalogue
 * itself lives in docs/events/admissions, outside this module.
 */
class AdmissionsEventSchemasTest {

    @Test
    void every_event_has_a_json_schema_and_student_admitted_has_exactly_the_contracts_fields(@TempDir Path catalogue) throws Exception {
        assertThat(EventCatalogue.check("admissions", new AdmissionsEvents(), List.of(), catalogue, true)).isEmpty();
        assertThat(EventCatalogue.check("admissions", new AdmissionsEvents(), List.of(), catalogue, false)).isEmpty();
        JsonNode admitted = new ObjectMapper().readTree(catalogue.resolve("StudentAdmitted.v1.schema.json").toFile());
        List<String> fields = new java.util.ArrayList<>();
        admitted.get("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("studentId", "applicationId", "intakeEventId", "candidateName", "organisation", "admittedAt");
        assertThat(admitted.at("/properties/studentId/format").asText()).isEqualTo("uuid");
        assertThat(catalogue.resolve("ApplicationReferredToSpecialReview.v1.schema.json")).exists();
        assertThat(catalogue.resolve("MentorRematched.v1.schema.json")).exists();
    }
}
