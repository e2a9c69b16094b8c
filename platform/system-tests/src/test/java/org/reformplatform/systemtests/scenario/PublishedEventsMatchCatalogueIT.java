package org.reformplatform.systemtests.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reformplatform.systemtests.LocalPlatform;
import org.reformplatform.systemtests.RunningPlatform;

/**
 * Every event that reached a topic in this run (the report scenario's year, the flows and what ran
 * before this class) validates against its JSON Schema in docs/events/<service>/<Type>.v<n>.schema.json,
 * formats asserted: the catalogue analysts read is what the services really publish.
 * Nothing is set aside: every field of every event must match exactly.
 */
@ExtendWith(RunningPlatform.class)
@Order(89)
class PublishedEventsMatchCatalogueIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TYPE = Pattern.compile("([a-z]+)\\.([A-Za-z]+)\\.v(\\d+)");

    final LocalPlatform platform = RunningPlatform.platform();
    final Path catalogue = Path.of(System.getProperty("platform.root", "../..")).toAbsolutePath().normalize().resolve("docs/events");
    final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    final Map<String, Schema> schemas = new HashMap<>();

    @Test
    void every_published_event_validates_against_its_schema_in_the_catalogue() {
        List<EventLog.Event> events = EventLog.readAll(platform.kafkaBootstrap(), EventLog.TOPICS, Duration.ofMinutes(2));
        Map<String, Map<String, Integer>> validated = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (EventLog.Event event : events) {
            Matcher type = TYPE.matcher(event.type());
            if (!type.matches() || !event.topic().equals(type.group(1) + ".events")) {
                failures.add(event.topic() + "@" + event.offset() + ": type '" + event.type() + "' is not <service>.<Name>.v<n> of its topic");
                continue;
            }
            Path file = catalogue.resolve(type.group(1)).resolve(type.group(2) + ".v" + type.group(3) + ".schema.json");
            if (!Files.exists(file)) {
                failures.add(event.type() + ": no schema " + catalogue.relativize(file));
                continue;
            }
            JsonNode data;
            try {
                data = JSON.readTree(event.value());
            } catch (IOException e) {
                failures.add(event.type() + " " + event.subject() + ": not JSON: " + event.value());
                continue;
            }
            List<Error> errors = schemas.computeIfAbsent(event.type(), t -> load(file)).validate(data.toString(), InputFormat.JSON);
            if (!errors.isEmpty()) {
                failures.add(event.type() + " " + event.subject() + ": " + errors.stream().map(Error::toString).toList() + " in " + event.value());
            }
            validated.computeIfAbsent(type.group(1), s -> new TreeMap<>()).merge(type.group(2) + ".v" + type.group(3), 1, Integer::sum);
        }
        System.out.println("events validated against docs/events, per service:");
        validated.forEach((service, types) -> System.out.printf("  %-14s %6d events, %2d types: %s%n", service,
                types.values().stream().mapToInt(Integer::intValue).sum(), types.size(), types));
        assertThat(failures).as("events that do not match the catalogue").isEmpty();
        assertThat(validated.keySet()).as("services whose events were validated").containsExactlyInAnyOrderElementsOf(LocalPlatform.SERVICES);
    }

    private Schema load(Path file) {
        try {
            return registry.getSchema(Files.readString(file), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
