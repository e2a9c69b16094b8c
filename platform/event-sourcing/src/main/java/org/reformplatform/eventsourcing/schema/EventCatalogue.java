package org.reformplatform.eventsourcing.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.reformplatform.eventsourcing.privacy.PersonalDataFields;
import org.reformplatform.eventsourcing.store.EventCatalog;
import org.reformplatform.eventsourcing.store.EventTypes;
import org.reformplatform.eventsourcing.store.Upcaster;

/**
 * Keeps docs/events/&lt;service&gt;/ true to the event records: one JSON Schema per event type and
 * version, plus asyncapi.json. Each service runs {@link #assertUpToDate} as a test, which fails when
 * <ul>
 * <li>an event type has no published schema (a new type: regenerate with {@code -Devents.catalogue.update=true});</li>
 * <li>a record no longer matches its published schema: an additive change (a new field) needs the
 * catalogue regenerated; a breaking change (a field removed or retyped, an enum value removed) is
 * refused even when regenerating: raise {@code @SchemaVersion} and add an {@link Upcaster};</li>
 * <li>a published type is gone (removed or renamed) or an older version has no upcaster chain;</li>
 * <li>a component whose name suggests personal data is classified neither {@code @PersonalData} nor
 * {@code @NotPersonalData} ({@link PersonalDataFields#unclassified}).</li>
 * </ul>
 * Published schemas of old versions stay in the catalogue: the topics keep every event forever.
 */
public final class EventCatalogue {

    public static final String UPDATE_PROPERTY = "events.catalogue.update";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern FILE = Pattern.compile("(\\w+)\\.v(\\d+)\\.schema\\.json");

    private EventCatalogue() {
    }

    /** Checks (or, with -Devents.catalogue.update=true, writes) the catalogue; throws AssertionError listing every problem. */
    public static void assertUpToDate(String service, EventCatalog catalog, List<Upcaster> upcasters, Path directory) {
        boolean update = Boolean.getBoolean(UPDATE_PROPERTY);
        List<String> problems = check(service, catalog, upcasters, directory, update);
        if (!problems.isEmpty()) {
            throw new AssertionError("the event catalogue of " + service + " in " + directory.toAbsolutePath().normalize()
                    + " does not match the event records:\n - " + String.join("\n - ", problems));
        }
    }

    public static List<String> check(String service, EventCatalog catalog, List<Upcaster> upcasters, Path directory, boolean update) {
        List<String> problems = new ArrayList<>();
        List<Class<?>> families = new ArrayList<>(catalog.eventFamilies());
        families.add(EventTypes.KERNEL_EVENTS);
        List<Class<?>> records = EventSchemas.records(families);
        for (String unclassified : PersonalDataFields.unclassified(records)) {
            problems.add("personal data: " + unclassified);
        }
        Map<String, Integer> current = new HashMap<>();
        try {
            Files.createDirectories(directory);
            for (Class<?> record : records) {
                String name = record.getSimpleName();
                int version = EventSchemas.schemaVersion(record);
                current.put(name, version);
                Path file = directory.resolve(name + ".v" + version + ".schema.json");
                ObjectNode generated = EventSchemas.schema(service, record);
                if (!Files.exists(file)) {
                    if (update) {
                        write(file, generated);
                    } else {
                        problems.add(name + " v" + version + " has no published schema (" + file.getFileName() + "); run the test with -D"
                                + UPDATE_PROPERTY + "=true and commit the file");
                    }
                    continue;
                }
                JsonNode published = JSON.readTree(file.toFile());
                onlyPublishedRequired(generated, published);
                if (published.equals(generated)) {
                    continue;
                }
                List<String> breaking = new ArrayList<>();
                compare(name + " v" + version, published, generated, breaking);
                if (!breaking.isEmpty()) {
                    problems.add("breaking change to the published schema of " + name + " v" + version + ": " + String.join("; ", breaking)
                            + ". Keep the published shape, or raise @SchemaVersion to " + (version + 1) + " and add an Upcaster from " + version);
                } else if (update) {
                    write(file, generated);
                } else {
                    problems.add(name + " v" + version + " gained fields its published schema lacks; regenerate with -D" + UPDATE_PROPERTY + "=true");
                }
            }
            Set<String> upcastable = new HashSet<>();
            upcasters.forEach(u -> upcastable.add(u.eventType() + "@" + u.fromVersion()));
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Matcher m = FILE.matcher(file.getFileName().toString());
                    if (!m.matches()) {
                        continue;
                    }
                    String name = m.group(1);
                    int version = Integer.parseInt(m.group(2));
                    Integer now = current.get(name);
                    if (now == null) {
                        problems.add(name + " v" + version + " was published but no event record has that name any more: a removed or "
                                + "renamed type breaks consumers and old events; keep the record");
                    } else if (version > now) {
                        problems.add(name + " v" + version + " is published but the record is at v" + now);
                    } else {
                        for (int v = version; v < now; v++) {
                            if (!upcastable.contains(name + "@" + v)) {
                                problems.add(name + " v" + v + " is published but no Upcaster takes it to v" + (v + 1));
                            }
                        }
                    }
                }
            }
            Path asyncApi = directory.resolve("asyncapi.json");
            ObjectNode document = AsyncApiDocument.of(service, records);
            if (!Files.exists(asyncApi) || !JSON.readTree(asyncApi.toFile()).equals(document)) {
                if (update) {
                    write(asyncApi, document);
                } else {
                    problems.add("asyncapi.json is out of date; regenerate with -D" + UPDATE_PROPERTY + "=true");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /**
     * A field added to a published schema version is optional in it, whatever the record says: the
     * events stored and published before it was added lack it (they read as null), and an analyst
     * validating them against the schema must not find them invalid. Only the fields the published
     * schema required stay required, at every level of nesting.
     */
    static void onlyPublishedRequired(JsonNode generated, JsonNode published) {
        if (generated == null || published == null || !generated.isObject() || !published.isObject()) {
            return;
        }
        if (generated.has("required") && published.has("required")) {
            Set<String> before = new HashSet<>();
            published.get("required").forEach(name -> before.add(name.asText()));
            ArrayNode kept = JSON.createArrayNode();
            generated.get("required").forEach(name -> {
                if (before.contains(name.asText())) {
                    kept.add(name);
                }
            });
            ((ObjectNode) generated).set("required", kept);
        } else if (generated.has("required") && published.has("properties")) {
            // An object that was published without a required list requires nothing new.
            ((ObjectNode) generated).set("required", JSON.createArrayNode());
        }
        JsonNode properties = generated.path("properties");
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            onlyPublishedRequired(properties.get(field), published.path("properties").get(field));
        }
        onlyPublishedRequired(generated.get("items"), published.get("items"));
        onlyPublishedRequired(generated.get("additionalProperties"), published.get("additionalProperties"));
    }

    /** Collects what would break a consumer of {@code published} that now receives {@code generated}. */
    static void compare(String path, JsonNode published, JsonNode generated, List<String> breaking) {
        if (!published.path("type").equals(generated.path("type"))) {
            breaking.add(path + " changed type from " + published.path("type") + " to " + generated.path("type"));
            return;
        }
        if (!published.path("format").equals(generated.path("format"))) {
            breaking.add(path + " changed format from " + published.path("format") + " to " + generated.path("format"));
        }
        if (published.has("enum")) {
            Set<String> now = new HashSet<>();
            generated.path("enum").forEach(v -> now.add(v.asText()));
            published.get("enum").forEach(v -> {
                if (!now.contains(v.asText())) {
                    breaking.add(path + " lost the value " + v.asText());
                }
            });
        }
        if (published.has("items")) {
            compare(path + "[]", published.get("items"), generated.path("items"), breaking);
        }
        JsonNode oldProperties = published.path("properties");
        JsonNode newProperties = generated.path("properties");
        for (Iterator<String> names = oldProperties.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!newProperties.has(field)) {
                breaking.add(path + "." + field + " was removed");
            } else {
                compare(path + "." + field, oldProperties.get(field), newProperties.get(field), breaking);
            }
        }
    }

    private static void write(Path file, JsonNode node) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(node) + "\n");
    }
}
