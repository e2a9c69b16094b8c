package org.reformplatform.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformplatform.eventsourcing.schema.EventCatalogue;

/**
 * Every evaluation event can be described by the kernel's event catalogue (a JSON Schema per type),
 * so analysts get a schema for each. The published catalogue itself lives in docs/events/evaluation,
 * outside this module.
 */
class EvaluationEventSchemasTest {

    @Test
    void every_event_has_a_json_schema(@TempDir Path catalogue) throws Exception {
        assertThat(EventCatalogue.check("evaluation", new EvaluationEvents(), List.of(), catalogue, true)).isEmpty();
        assertThat(EventCatalogue.check("evaluation", new EvaluationEvents(), List.of(), catalogue, false)).isEmpty();
        for (String type : List.of("SchemeDefined", "CycleOpened", "OutcomeDetermined", "TitleEquivalenceRecorded", "MobilityResultsRecorded",
                "PledgeFulfilled", "PledgeFailed", "TitleApplicationDecided", "PilotMeasureRecorded", "ChallengeTaken")) {
            assertThat(catalogue.resolve(type + ".v1.schema.json")).as(type).exists();
        }
        JsonNode outcome = new ObjectMapper().readTree(catalogue.resolve("OutcomeDetermined.v1.schema.json").toFile());
        List<String> fields = new ArrayList<>();
        outcome.get("properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("cycleId", "dossierId", "researcherId", "institution", "track", "use", "total", "result", "useGranted",
                "rank", "determinedAt");
        assertThat(outcome.at("/properties/total/description").asText()).contains("decimal");
    }
}
