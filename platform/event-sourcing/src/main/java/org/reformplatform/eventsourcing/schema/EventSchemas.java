package org.reformplatform.eventsourcing.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.Id;
import org.reformplatform.eventsourcing.privacy.PersonalDataFields;
import org.reformplatform.eventsourcing.domain.SchemaVersion;

/**
 * JSON Schemas (draft 2020-12) of event records, derived from the records themselves so that the
 * catalogue cannot drift from the code. The mapping follows the platform's JSON conventions: typed
 * ids and UUIDs are strings in UUID format, decimals are strings, times are ISO-8601 strings.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    public static int schemaVersion(Class<?> eventType) {
        SchemaVersion version = eventType.getAnnotation(SchemaVersion.class);
        return version == null ? 1 : version.value();
    }

    /** The schema of one event record's data. */
    public static ObjectNode schema(String service, Class<?> eventType) {
        int version = schemaVersion(eventType);
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://reform-platform.org/events/" + service + "/" + eventType.getSimpleName() + ".v" + version + ".schema.json");
        schema.put("title", service + "." + eventType.getSimpleName() + ".v" + version);
        schema.put("description", "Data of the " + eventType.getSimpleName() + " event of " + service
                + "-service, schema version " + version + ". Published on the " + service + ".events topic.");
        schema.setAll(objectOf(eventType));
        return schema;
    }

    private static ObjectNode objectOf(Class<?> record) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = node.putArray("required");
        for (RecordComponent component : record.getRecordComponents()) {
            ObjectNode property = typeOf(component.getGenericType(), !component.getType().isPrimitive());
            if (PersonalDataFields.isPersonal(component)) {
                // Sealed on the topics: pd1:<subject>:<ciphertext>, or "[erased]" once the subject is forgotten.
                property.put("x-personal-data", true);
            }
            if (component.isAnnotationPresent(DataSubject.class)) {
                property.put("x-data-subject", true);
            }
            properties.set(component.getName(), property);
            required.add(component.getName());
        }
        node.put("additionalProperties", false);
        return node;
    }

    static ObjectNode typeOf(Type type, boolean nullable) {
        ObjectNode node = JSON.createObjectNode();
        Class<?> raw = raw(type);
        if (raw == String.class) {
            type(node, "string", nullable);
        } else if (raw == UUID.class || Id.class.isAssignableFrom(raw)) {
            type(node, "string", nullable).put("format", "uuid");
        } else if (raw == Instant.class || raw == OffsetDateTime.class) {
            type(node, "string", nullable).put("format", "date-time");
        } else if (raw == LocalDate.class) {
            type(node, "string", nullable).put("format", "date");
        } else if (raw == YearMonth.class) {
            type(node, "string", nullable).put("pattern", "^\\d{4}-\\d{2}$");
        } else if (raw == BigDecimal.class) {
            type(node, "string", nullable).put("pattern", "^-?\\d+(\\.\\d+)?$").put("description", "an exact decimal, as a string");
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class || raw == short.class
                || raw == Short.class || raw == BigInteger.class) {
            type(node, "integer", nullable);
        } else if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class) {
            type(node, "number", nullable);
        } else if (raw == boolean.class || raw == Boolean.class) {
            type(node, "boolean", nullable);
        } else if (raw.isEnum()) {
            type(node, "string", nullable);
            ArrayNode values = node.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            if (nullable) {
                values.addNull();
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            type(node, "array", nullable).set("items", typeOf(argument(type, 0), false));
        } else if (Map.class.isAssignableFrom(raw)) {
            type(node, "object", nullable).set("additionalProperties", typeOf(argument(type, 1), true));
        } else if (raw.isRecord()) {
            node.setAll(objectOf(raw));
            if (nullable) {
                node.putArray("type").add("object").add("null");
            }
        } else {
            throw new IllegalArgumentException("no JSON schema mapping for " + type.getTypeName() + ": use records, strings, numbers, "
                    + "enums, typed ids, java.time types, BigDecimal, lists, sets or maps in events");
        }
        return node;
    }

    private static ObjectNode type(ObjectNode node, String name, boolean nullable) {
        if (nullable) {
            node.putArray("type").add(name).add("null");
        } else {
            node.put("type", name);
        }
        return node;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type.getTypeName());
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    /** The permitted records of sealed event interfaces, in a stable order. */
    public static List<Class<?>> records(List<Class<?>> families) {
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> family : families) {
            collect(family, records);
        }
        records.sort(java.util.Comparator.comparing(Class::getSimpleName));
        return records;
    }

    private static void collect(Class<?> family, List<Class<?>> into) {
        if (family.isRecord()) {
            into.add(family);
        } else {
            for (Class<?> permitted : family.getPermittedSubclasses()) {
                collect(permitted, into);
            }
        }
    }
}
