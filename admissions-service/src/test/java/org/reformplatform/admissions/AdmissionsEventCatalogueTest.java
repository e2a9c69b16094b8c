package org.reformplatform.admissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.schema.EventCatalogue;

/**
 * The published event catalogue (docs/events/admissions: a JSON Schema per event type and version, and
 * asyncapi.json) matches the event records. After adding an event or a field, regenerate it with
 * {@code mvn -pl admissions-service test -Dtest=AdmissionsEventCatalogueTest -Devents.catalogue.update=true}
 * and commit the files; a breaking change is refused until the schema version is raised.
 */
class AdmissionsEventCatalogueTest {

    static final Path CATALOGUE = Path.of("../docs/events/admissions");

    @Test
    void the_published_catalogue_matches_the_event_records() {
        EventCatalogue.assertUpToDate("admissions", new AdmissionsEvents(), List.of(), CATALOGUE);
    }

    @Test
    void student_admitted_has_exactly_the_fields_of_the_cross_service_contract() throws Exception {
        JsonNode admitted = new ObjectMapper().readTree(CATALOGUE.resolve("StudentAdmitted.v1.schema.json").toFile());
        List<String> fields = new java.util.ArrayList<>();
        admitted.get("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("studentId", "applicationId", "intakeEventId", "candidateName", "organisation", "admittedAt");
        assertThat(admitted.at("/properties/studentId/format").asText()).isEqualTo("uuid");
    }
}
