package org.reformplatform.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parquet column types (as DuckDB type names) from the event catalogue's JSON Schemas: the analyst
 * gets decimals as decimals, dates as dates and times as UTC timestamps without writing a schema.
 *
 * <ul>
 * <li>{@code format: date-time} &rarr; {@code TIMESTAMPTZ} (Parquet TIMESTAMP, adjusted to UTC);</li>
 * <li>{@code format: date} &rarr; {@code DATE};</li>
 * <li>an exact decimal (a string with the catalogue's decimal pattern) &rarr; {@code DECIMAL(38, s)}, where
 * {@code s} is the largest scale among the values of that field in the part being written: the
 * catalogue says "exact decimal" but not its scale, and money keeps the scale it was sent with
 * (a part of CNY amounts with fen is {@code DECIMAL(38,2)});</li>
 * <li>integers &rarr; {@code BIGINT}, numbers &rarr; {@code DOUBLE}, booleans &rarr; {@code BOOLEAN};</li>
 * <li>nested records &rarr; {@code STRUCT}, lists &rarr; lists, maps &rarr; JSON text;</li>
 * <li>ids (uuid), enums and year-months &rarr; {@code VARCHAR}: Parquet's UUID type is not read by every tool.</li>
 * </ul>
 *
 * The schemas come from the catalogue packaged in the tool (docs/events at build time) or from a
 * directory given with {@code --schemas}.
 */
final class ColumnTypes {

    static final String DECIMAL_PATTERN = "^-?\\d+(\\.\\d+)?$";

    private final ObjectMapper mapper;
    private final Path directory;
    private final Map<String, Optional<JsonNode>> schemas = new HashMap<>();

    ColumnTypes(ObjectMapper mapper, Path directory) {
        this.mapper = mapper;
        this.directory = directory;
    }

    /** The data schema of a CloudEvents type such as {@code incubation.DonationReceived.v1}; empty when the catalogue lacks it. */
    Optional<JsonNode> schemaOf(String ceType) {
        return schemas.computeIfAbsent(ceType, this::load);
    }

    private Optional<JsonNode> load(String ceType) {
        int dot = ceType == null ? -1 : ceType.indexOf('.');
        if (dot <= 0 || ceType.contains("/") || ceType.contains("..")) {
            return Optional.empty();
        }
        String relative = ceType.substring(0, dot) + "/" + ceType.substring(dot + 1) + ".schema.json";
        try {
            if (directory != null) {
                Path file = directory.resolve(relative);
                return Files.exists(file) ? Optional.of(mapper.readTree(file.toFile())) : Optional.empty();
            }
            try (InputStream in = ColumnTypes.class.getResourceAsStream("/events/" + relative)) {
                return in == null ? Optional.empty() : Optional.of(mapper.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema of " + ceType, e);
        }
    }

    /** Every event type the catalogue has for a service ({@code incubation.DonationReceived.v1}, ...), sorted. */
    java.util.List<String> typesOf(String service) {
        java.util.List<String> found = new java.util.ArrayList<>();
        try {
            Path folder;
            java.nio.file.FileSystem jar = null;
            if (directory != null) {
                folder = directory.resolve(service);
            } else {
                java.net.URL url = ColumnTypes.class.getResource("/events/" + service);
                if (url == null) {
                    return found;
                }
                java.net.URI uri = url.toURI();
                if (uri.getScheme().equals("jar")) {
                    try {
                        jar = java.nio.file.FileSystems.newFileSystem(uri, Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException open) {
                        jar = null;
                    }
                }
                folder = Path.of(uri);
            }
            java.nio.file.FileSystem opened = jar;
            try (opened; java.util.stream.Stream<Path> files = Files.exists(folder) ? Files.list(folder) : java.util.stream.Stream.empty()) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                        .map(n -> service + "." + n.substring(0, n.length() - ".schema.json".length())).sorted().forEach(found::add);
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list the event catalogue of " + service, e);
        }
        return found;
    }

    /** Records in {@code scales} the largest scale of every decimal in {@code value} (paths as in {@link #columns}). */
    static void observe(JsonNode schema, JsonNode value, String path, Map<String, Integer> scales) {
        if (value == null || value.isNull()) {
            return;
        }
        if (isDecimal(schema) && value.isValueNode()) {
            try {
                scales.merge(path, Math.max(0, new BigDecimal(value.asText()).scale()), Math::max);
            } catch (NumberFormatException notADecimal) {
                // the copy will refuse it and the type falls back to JSON text
            }
        } else if (schema.has("properties") && value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.get("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                observe(field.getValue(), value.get(field.getKey()), path + "." + field.getKey(), scales);
            }
        } else if (schema.has("items") && value.isArray()) {
            value.forEach(element -> observe(schema.get("items"), element, path + "[]", scales));
        }
    }

    /** The top-level data columns of a schema with their DuckDB types, in the schema's order. */
    static Map<String, String> columns(JsonNode schema, Map<String, Integer> scales) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            columns.put(field.getKey(), typeOf(field.getValue(), "$." + field.getKey(), scales));
        }
        return columns;
    }

    static String typeOf(JsonNode schema, String path, Map<String, Integer> scales) {
        String type = mainType(schema);
        String format = schema.path("format").asText("");
        if (isDecimal(schema)) {
            return "DECIMAL(38," + Math.min(37, scales.getOrDefault(path, 0)) + ")";
        }
        switch (type) {
            case "string":
                return switch (format) {
                    case "date-time" -> "TIMESTAMPTZ";
                    case "date" -> "DATE";
                    default -> "VARCHAR";
                };
            case "integer":
                return "BIGINT";
            case "number":
                return "DOUBLE";
            case "boolean":
                return "BOOLEAN";
            case "array":
                return typeOf(schema.path("items"), path + "[]", scales) + "[]";
            case "object":
                if (!schema.has("properties") || schema.get("properties").isEmpty()) {
                    return "JSON";
                }
                StringBuilder struct = new StringBuilder("STRUCT(");
                for (Iterator<Map.Entry<String, JsonNode>> fields = schema.get("properties").fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    struct.append(quoted(field.getKey())).append(' ').append(typeOf(field.getValue(), path + "." + field.getKey(), scales));
                    if (fields.hasNext()) {
                        struct.append(", ");
                    }
                }
                return struct.append(')').toString();
            default:
                return "JSON";
        }
    }

    /** {@code $.amount.amount} for the path {@link #observe} is called with from the top ({@code "$"}). */
    static boolean isDecimal(JsonNode schema) {
        return "string".equals(mainType(schema)) && DECIMAL_PATTERN.equals(schema.path("pattern").asText());
    }

    private static String mainType(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText("");
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
