package org.reformplatform.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reformplatform.eventsourcing.sample.SampleEvents;
import org.reformplatform.eventsourcing.schema.EventCatalogue;

/** The catalogue check itself: it passes on a true catalogue and names every kind of drift. */
class EventCatalogueTest {

    final ObjectMapper json = new ObjectMapper();

    @Test
    void a_generated_catalogue_matches_its_records(@TempDir Path dir) throws Exception {
        assertThat(EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, true)).isEmpty();
        assertThat(EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, false)).isEmpty();
        assertThat(dir.resolve("TallyIncremented.v1.schema.json")).exists();
        ObjectNode schema = (ObjectNode) json.readTree(dir.resolve("TallyIncremented.v1.schema.json").toFile());
        assertThat(schema.at("/properties/id/format").asText()).isEqualTo("uuid");
        assertThat(schema.at("/properties/by/type").asText()).isEqualTo("integer");
        assertThat(json.readTree(dir.resolve("asyncapi.json").toFile()).at("/channels/events/address").asText()).isEqualTo("kerneltest.events");
    }

    @Test
    void a_missing_schema_is_reported(@TempDir Path dir) {
        assertThat(EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, false))
                .anyMatch(p -> p.contains("TallyOpened v1 has no published schema"));
    }

    @Test
    void a_retyped_or_removed_field_is_a_breaking_change_even_when_regenerating(@TempDir Path dir) throws Exception {
        EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, true);
        Path file = dir.resolve("TallyIncremented.v1.schema.json");
        ObjectNode published = (ObjectNode) json.readTree(file.toFile());
        ((ObjectNode) published.at("/properties/by")).put("type", "string");
        ((ObjectNode) published.get("properties")).putObject("reason").put("type", "string");
        Files.writeString(file, json.writeValueAsString(published));

        List<String> problems = EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, true);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p)
                .contains("breaking change", "by changed type", "reason was removed", "raise @SchemaVersion to 2"));
    }

    @Test
    void a_new_field_asks_for_the_catalogue_to_be_regenerated(@TempDir Path dir) throws Exception {
        EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, true);
        Path file = dir.resolve("TallyIncremented.v1.schema.json");
        ObjectNode published = (ObjectNode) json.readTree(file.toFile());
        ((ObjectNode) published.get("properties")).remove("note");
        published.set("required", json.createArrayNode().add("id").add("by"));
        Files.writeString(file, json.writeValueAsString(published));

        assertThat(EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, false)).anyMatch(p -> p.contains("gained fields"));
        assertThat(EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, true)).isEmpty();
        assertThat(EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, false)).isEmpty();
        // The events published before the field was added lack it: the regenerated schema does not require it.
        ObjectNode regenerated = (ObjectNode) json.readTree(file.toFile());
        assertThat(regenerated.at("/properties/note").isObject()).isTrue();
        assertThat(regenerated.get("required")).extracting(n -> n.asText()).containsExactly("id", "by");
    }

    @Test
    void a_published_type_that_disappeared_is_reported(@TempDir Path dir) throws Exception {
        EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, true);
        Files.copy(dir.resolve("TallyOpened.v1.schema.json"), dir.resolve("TallyCreated.v1.schema.json"));

        assertThat(EventCatalogue.check("kerneltest", new SampleEvents(), List.of(), dir, false))
                .anyMatch(p -> p.contains("TallyCreated v1 was published but no event record has that name"));
    }
}
