package org.reformplatform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * A schema registry keys schemas by id: every schema of docs/events carries a {@code $id} that is its
 * place in the catalogue ({@code https://reform-platform.org/events/<service>/<Type>.v<N>.schema.json}),
 * so it never changes while the file exists, and two files never share one. Its title is the
 * CloudEvents type the export names its directories by.
 */
class CatalogueIdsTest {

    @Test
    void every_published_schema_has_a_stable_id_derived_from_its_place() throws Exception {
        Path catalogue = Path.of("../../docs/events").toAbsolutePath().normalize();
        ObjectMapper json = new ObjectMapper();
        List<Path> schemas;
        try (Stream<Path> files = Files.walk(catalogue)) {
            schemas = files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(schemas).hasSizeGreaterThan(100);
        for (Path file : schemas) {
            JsonNode schema = json.readTree(file.toFile());
            String service = file.getParent().getFileName().toString();
            String name = file.getFileName().toString();
            assertThat(schema.path("$id").asText()).as(file.toString())
                    .isEqualTo("https://reform-platform.org/events/" + service + "/" + name);
            assertThat(schema.path("title").asText()).as(file.toString())
                    .isEqualTo(service + "." + name.substring(0, name.length() - ".schema.json".length()));
            assertThat(new ColumnTypes(json, catalogue).schemaOf(schema.path("title").asText())).as("found by its type").isPresent();
        }
    }
}
