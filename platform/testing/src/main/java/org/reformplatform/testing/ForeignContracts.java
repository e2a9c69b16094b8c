package org.reformplatform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a consumer's contract records (annotated {@code @Contract}) against the producers' published
 * JSON Schemas in docs/events: every component must be a property of the schema, of a JSON type the
 * component can be read from, and required there unless the component is marked
 * {@code @Contract.Optional}; an enum must know every value the schema allows. A producer that
 * renames, drops, retypes or makes optional a field a consumer reads fails the consumer's build.
 */
public final class ForeignContracts {

    private static final String CONTRACT = "org.reformplatform.eventsourcing.projection.Contract";
    private static final String OPTIONAL = CONTRACT + "$Optional";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ForeignContracts() {
    }

    /** Fails, listing every mismatch, unless each contract record fits its producer's published schema. */
    public static void assertMatchPublishedSchemas(Class<?>... contracts) {
        assertThat(contracts).as("contract records to check").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Class<?> contract : contracts) {
            problems.addAll(check(contract, Path.of("../docs/events")));
        }
        assertThat(problems).as("contracts that do not fit the producers' published schemas").isEmpty();
    }

    static List<String> check(Class<?> contract, Path catalogue) {
        Annotation declared = Arrays.stream(contract.getAnnotations()).filter(a -> a.annotationType().getName().equals(CONTRACT))
                .findFirst().orElse(null);
        if (declared == null || !contract.isRecord()) {
            return List.of(contract.getName() + " is not a record annotated @Contract");
        }
        String event = (String) attribute(declared, "event");
        int version = (Integer) attribute(declared, "version");
        String producer = event.substring(0, event.indexOf('.'));
        Path file = catalogue.resolve(producer).resolve(event.substring(event.indexOf('.') + 1) + ".v" + version + ".schema.json");
        if (!Files.exists(file)) {
            return List.of(contract.getSimpleName() + ": the producer publishes no schema " + file);
        }
        try {
            JsonNode schema = MAPPER.readTree(file.toFile());
            List<String> problems = new ArrayList<>();
            checkObject(contract.getSimpleName(), contract, schema, schema, problems);
            return problems;
        } catch (IOException e) {
            return List.of(contract.getSimpleName() + ": " + file + " is unreadable: " + e.getMessage());
        }
    }

    private static void checkObject(String path, Class<?> record, JsonNode node, JsonNode root, List<String> problems) {
        JsonNode object = resolve(node, root);
        Set<String> required = new HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (RecordComponent component : record.getRecordComponents()) {
            String where = path + "." + component.getName();
            JsonNode property = object.path("properties").path(component.getName());
            if (property.isMissingNode()) {
                problems.add(where + ": the producer's schema has no such property");
                continue;
            }
            boolean optional = Arrays.stream(component.getAnnotations()).anyMatch(a -> a.annotationType().getName().equals(OPTIONAL));
            if (!optional && !required.contains(component.getName())) {
                problems.add(where + ": not required by the producer's schema; mark it @Contract.Optional and handle its absence");
            }
            checkType(where, component.getType(), component.getGenericType(), resolve(property, root), root, problems);
        }
    }

    private static void checkType(String where, Class<?> type, Type generic, JsonNode property, JsonNode root, List<String> problems) {
        Set<String> types = jsonTypes(property);
        String format = property.path("format").asText("");
        if (type == String.class) {
            expect(where, types, "string", problems);
        } else if (type == UUID.class) {
            expect(where, types, "string", problems);
            if (!format.equals("uuid")) {
                problems.add(where + ": read as a UUID, but the schema's string has no format uuid");
            }
        } else if (type == Instant.class || type == OffsetDateTime.class) {
            expect(where, types, "string", problems);
            if (!format.equals("date-time")) {
                problems.add(where + ": read as a time, but the schema's string has no format date-time");
            }
        } else if (type == LocalDate.class) {
            expect(where, types, "string", problems);
            if (!format.equals("date")) {
                problems.add(where + ": read as a date, but the schema's string has no format date");
            }
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            expect(where, types, "integer", problems);
        } else if (type == boolean.class || type == Boolean.class) {
            expect(where, types, "boolean", problems);
        } else if (type == BigDecimal.class) {
            if (!types.contains("string") && !types.contains("number")) {
                problems.add(where + ": read as a decimal, but the schema says " + types);
            }
        } else if (type.isEnum()) {
            expect(where, types, "string", problems);
            Set<String> known = new HashSet<>();
            for (Object constant : type.getEnumConstants()) {
                known.add(((Enum<?>) constant).name());
            }
            property.path("enum").forEach(value -> {
                if (!value.isNull() && !known.contains(value.asText())) {
                    problems.add(where + ": the producer may send " + value.asText() + ", which " + type.getSimpleName() + " does not know");
                }
            });
        } else if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            expect(where, types, "array", problems);
            Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            if (element instanceof Class<?> elementClass) {
                checkType(where + "[]", elementClass, elementClass, resolve(property.path("items"), root), root, problems);
            }
        } else if (type.isRecord()) {
            expect(where, types, "object", problems);
            checkObject(where, type, property, root, problems);
        } else {
            problems.add(where + ": " + type.getSimpleName() + " is not a type a contract reads (text, ids, times, dates, numbers, "
                    + "decimals, booleans, enums, lists, records)");
        }
    }

    private static void expect(String where, Set<String> types, String type, List<String> problems) {
        if (!types.contains(type)) {
            problems.add(where + ": read as " + type + ", but the schema says " + types);
        }
    }

    private static Set<String> jsonTypes(JsonNode property) {
        Set<String> types = new HashSet<>();
        JsonNode type = property.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (property.has("properties")) {
            types.add("object");
        }
        return types;
    }

    /** Follows a local {@code $ref} (to {@code #/$defs/...} or {@code #/definitions/...}). */
    private static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#") ? root.at(ref.substring(1)) : current;
        }
        return current;
    }

    private static Object attribute(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
