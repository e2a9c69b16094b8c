package org.reformplatform.systemtests.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.reformplatform.systemtests.reliability.OpenApiDocument.Endpoint;
import org.reformplatform.systemtests.reliability.OpenApiDocument.Parameter;

/**
 * Malformed and hostile requests for one endpoint, derived from its OpenAPI description.
 *
 * <p>Each case says what the answer must be. {@link Expect#REFUSED}: the input is wrong whatever the
 * endpoint does with it (not JSON, a wrong type, a required field missing or null, a value outside
 * its declared bounds, an unknown field, a malformed id or date), so the answer is a 4xx problem
 * and nothing is written. {@link Expect#HANDLED}: the input is strange but may be legitimate data
 * (an injection string as a name, an extreme date, a huge page number): the answer is a 2xx or a
 * 4xx problem, never a 5xx, and a list answered for a text filter must not be widened by it.
 *
 * <p>Path ids are fresh random UUIDs, so a body that turns out to be acceptable still changes
 * nothing (404); only creating POSTs can write, and they get only cases that must be refused or
 * that are legitimate data.
 */
public final class HostileInputs {

    /** What the answer must be. */
    public enum Expect {
        /** A 4xx problem (or exactly {@link Case#status()} when set), nothing written. */
        REFUSED,
        /** 2xx or a 4xx problem, never 5xx; a list answered must not list everything. */
        HANDLED,
        /**
         * Refused by the HTTP codec before any application code runs (request line or headers over
         * Quarkus' limits): exactly {@link Case#status()}, which Vert.x sends without a body.
         */
        TRANSPORT
    }

    /**
     * One request to send. {@code problem} and {@code field}, when set, are the problem code the
     * refusal must have and the field its {@code errors} must name.
     */
    public record Case(Endpoint endpoint, String category, String label, String method, String target,
                       Map<String, String> headers, byte[] body, Expect expect, int status, String problem, String field) {

        public Case(Endpoint endpoint, String category, String label, String method, String target,
                    Map<String, String> headers, byte[] body, Expect expect, int status) {
            this(endpoint, category, label, method, target, headers, body, expect, status, null, null);
        }

        public String describe() {
            return endpoint.service() + " " + method + " " + endpoint.path() + " [" + category + ": " + label + "]";
        }
    }

    // Non-ASCII characters go out as backslash-u escapes, so that a lone surrogate can be sent at all.
    static final ObjectMapper JSON = new ObjectMapper().configure(com.fasterxml.jackson.core.JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int OVERSIZED = 1024 * 1024 + 64 * 1024;
    private static final String INJECTION_SQL = "x' OR '1'='1'; DROP TABLE events; --";
    private static final String INJECTION_SCRIPT = "<script>alert(document.cookie)</script>";
    private static final List<String> STRANGE_TEXT = List.of(INJECTION_SQL, INJECTION_SCRIPT, "nul\u0000byte", "lone \ud800 surrogate",
            "\u202Eright-to-left override", "emoji \uD83D\uDE00 and \u4E2D\u6587", "{{7*7}} ${jndi:ldap://127.0.0.1/x}");
    private static final Set<String> ALL_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    /** A '%' not followed by two hexadecimal digits: not a URI, sent as it is. */
    private static final List<String> MALFORMED_ESCAPES = List.of("%zz", "%", "%4");

    private final boolean full;

    /** @param full every field of every body; otherwise the structural cases and the first fields only (CI) */
    public HostileInputs(boolean full) {
        this.full = full;
    }

    /** The cases for one endpoint; {@code declaredMethods} are the methods its path has in the document. */
    public List<Case> casesFor(Endpoint endpoint, Set<String> declaredMethods) {
        List<Case> cases = new ArrayList<>();
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Parameter p : endpoint.in("path")) {
            pathValues.put(p.name(), unknownValue(p));
        }
        String path = OpenApiDocument.fillPath(endpoint.path(), pathValues);
        boolean creating = endpoint.method().equals("POST") && endpoint.in("path").isEmpty();
        JsonNode base = endpoint.hasBody() ? sample(endpoint.body(), 0) : null;
        byte[] baseBody = base == null ? null : bytes(base);
        Map<String, String> json = Map.of("Content-Type", "application/json");

        // Path parameters: malformed ids, injection, traversal, escapes that are not escapes.
        for (Parameter p : endpoint.in("path")) {
            List<String> values = new ArrayList<>(List.of("not-a-uuid", INJECTION_SQL, INJECTION_SCRIPT, "..%2F..%2Fetc%2Fpasswd", "%00", "x".repeat(3000)));
            if (!p.isUuid()) {
                values.remove("not-a-uuid");
                values.add("-1");
            }
            for (String value : values) {
                Map<String, String> changed = new LinkedHashMap<>(pathValues);
                changed.put(p.name(), value.startsWith("..%") || value.equals("%00") ? value : encode(value));
                cases.add(new Case(endpoint, "path", p.name() + "=" + abbreviate(value), endpoint.method(), OpenApiDocument.fillPath(endpoint.path(), changed),
                        endpoint.hasBody() ? json : Map.of(), baseBody, Expect.REFUSED, 0));
            }
            for (String escape : MALFORMED_ESCAPES) {
                Map<String, String> changed = new LinkedHashMap<>(pathValues);
                changed.put(p.name(), escape);
                cases.add(new Case(endpoint, "uri", p.name() + "=" + escape, endpoint.method(), OpenApiDocument.fillPath(endpoint.path(), changed),
                        endpoint.hasBody() ? json : Map.of(), baseBody, Expect.REFUSED, 400, "malformed-uri", null));
            }
        }

        // Query parameters: wrong types, out of range, injection in free text, an escape that is not one.
        for (Parameter p : endpoint.in("query")) {
            for (Map.Entry<String, Expect> value : queryValues(p).entrySet()) {
                String query = p.name() + "=" + (value.getKey().equals("%00") ? "%00" : encode(value.getKey()));
                cases.add(new Case(endpoint, "query", p.name() + "=" + abbreviate(value.getKey()), endpoint.method(), path + "?" + query,
                        endpoint.hasBody() ? json : Map.of(), baseBody, value.getValue(), 0));
            }
            cases.add(new Case(endpoint, "uri", p.name() + "=%zz", endpoint.method(), path + "?" + p.name() + "=%zz",
                    endpoint.hasBody() ? json : Map.of(), baseBody, Expect.REFUSED, 400, "malformed-uri", null));
        }

        // Headers the endpoint declares: idempotency keys and versions that cannot be right.
        for (Parameter p : endpoint.in("header")) {
            List<String> values = p.name().equalsIgnoreCase("If-Match")
                    ? List.of("garbage", "\"abc\"", "\"99999999999999999999\"", "\"-5\"", "W/\"", "*x")
                    : p.name().equalsIgnoreCase("Idempotency-Key") ? List.of("k".repeat(201), "key with spaces") : List.of();
            for (String value : values) {
                Map<String, String> headers = new LinkedHashMap<>(endpoint.hasBody() ? json : Map.of());
                headers.put(p.name(), value);
                cases.add(new Case(endpoint, "header", p.name() + ": " + abbreviate(value), endpoint.method(), path, headers, baseBody,
                        Expect.REFUSED, 0));
            }
        }

        // Methods the path does not have, content negotiation.
        for (String method : ALL_METHODS) {
            if (!declaredMethods.contains(method)) {
                cases.add(new Case(endpoint, "method", method, method, path, json, "{}".getBytes(StandardCharsets.UTF_8), Expect.REFUSED, 405));
            }
        }
        cases.add(new Case(endpoint, "negotiation", "Accept: application/xml", endpoint.method(), path,
                endpoint.hasBody() ? Map.of("Content-Type", "application/json", "Accept", "application/xml") : Map.of("Accept", "application/xml"),
                baseBody, Expect.REFUSED, 406));

        if (endpoint.hasBody()) {
            bodyCases(endpoint, path, creating, base, cases);
        }
        return cases;
    }

    /**
     * Requests refused before routing, one of each per service: by the HTTP codec (request line or
     * headers over Quarkus' limits), and request targets that are not URIs, wherever they are (the
     * API, an unknown path, the public health endpoint).
     */
    public List<Case> transportCases(Endpoint anyEndpoint) {
        String path = OpenApiDocument.fillPath(anyEndpoint.path(), Map.of());
        List<Case> cases = new ArrayList<>(List.of(
                new Case(anyEndpoint, "transport", "request line over 4 KB", "GET", path + "?q=" + "x".repeat(8000), Map.of(), null,
                        Expect.TRANSPORT, 414),
                new Case(anyEndpoint, "transport", "headers over 20 KB", "GET", path, Map.of("X-Padding", "p".repeat(30_000)), null,
                        Expect.TRANSPORT, 431)));
        String[] segments = path.split("/");
        String collection = "/" + segments[1] + "/" + segments[2];
        for (String target : List.of(collection + "/%zz", collection + "/%", collection + "/%4", collection + "/a%2", collection + "/%zz/x",
                "/v1/%zz", "/q/health/%zz", "/%", collection + "?page=%zz")) {
            cases.add(new Case(anyEndpoint, "uri", target, "GET", target, Map.of(), null, Expect.REFUSED, 400, "malformed-uri", null));
        }
        return cases;
    }

    private void bodyCases(Endpoint endpoint, String path, boolean creating, JsonNode base, List<Case> cases) {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        // Structural: whatever the schema, these are not a request body.
        cases.add(raw(endpoint, path, "structure", "not JSON", "this is not json", 400));
        cases.add(raw(endpoint, path, "structure", "truncated JSON", "{\"a\": [1, 2", 400));
        cases.add(raw(endpoint, path, "structure", "JSON null", "null", 0));
        cases.add(raw(endpoint, path, "structure", "JSON array", "[]", 0));
        cases.add(raw(endpoint, path, "structure", "JSON string", "\"text\"", 0));
        cases.add(raw(endpoint, path, "structure", "trailing garbage", (base == null ? "{}" : base.toString()) + " garbage", 400));
        cases.add(new Case(endpoint, "structure", "invalid UTF-8", endpoint.method(), path, json, invalidUtf8(base), Expect.REFUSED, 400));
        cases.add(raw(endpoint, path, "structure", "overlong UTF-8 encoding", new String(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'},
                StandardCharsets.ISO_8859_1), 400, true));
        cases.add(raw(endpoint, path, "structure", "deep nesting (arrays)", "{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}", 400));
        cases.add(raw(endpoint, path, "structure", "deep nesting (objects)", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000), 400));
        cases.add(new Case(endpoint, "structure", "oversized body (1.06 MB)", endpoint.method(), path, json, oversized(base), Expect.REFUSED, 413));
        cases.add(new Case(endpoint, "structure", "Content-Type: text/plain", endpoint.method(), path, Map.of("Content-Type", "text/plain"),
                "hello".getBytes(StandardCharsets.UTF_8), Expect.REFUSED, 415));
        cases.add(new Case(endpoint, "structure", "Content-Type: application/xml", endpoint.method(), path, Map.of("Content-Type", "application/xml"),
                "<a/>".getBytes(StandardCharsets.UTF_8), Expect.REFUSED, 415));
        if (base == null || !base.isObject()) {
            return;
        }
        cases.add(raw(endpoint, path, "structure", "empty body", "", 400));
        ObjectNode extra = base.deepCopy();
        extra.put("unexpectedField", "surprise");
        cases.add(body(endpoint, path, "field", "unknown field", extra, Expect.REFUSED));

        // Field by field: types, nulls, missing, bounds, formats, strange text.
        List<Field> fields = new ArrayList<>();
        collect(endpoint.body(), "", fields, 0);
        // A scalar of another JSON type than its schema's, in every field of every body (cheap: refused
        // before anything runs): a malformed body naming that field, never a value coerced and stored.
        for (Field field : fields) {
            for (Mutation mutation : wrongTypes(field)) {
                JsonNode changed = base.deepCopy();
                if (apply(changed, field.pointer(), mutation.value(), false)) {
                    cases.add(new Case(endpoint, "type", field.pointer() + " " + mutation.label(), endpoint.method(), path, json, bytes(changed),
                            Expect.REFUSED, 400, "malformed-body", fieldPath(field.pointer())));
                }
            }
        }
        int limit = full ? Integer.MAX_VALUE : 4;
        int done = 0;
        for (Field field : fields) {
            if (done++ >= limit) {
                break;
            }
            for (Mutation mutation : mutations(field, creating)) {
                JsonNode changed = base.deepCopy();
                if (apply(changed, field.pointer(), mutation.value(), mutation.remove())) {
                    cases.add(body(endpoint, path, "field", field.pointer() + " " + mutation.label(), changed, mutation.expect()));
                }
            }
        }
    }

    private Case raw(Endpoint endpoint, String path, String category, String label, String body, int status) {
        return raw(endpoint, path, category, label, body, status, false);
    }

    private Case raw(Endpoint endpoint, String path, String category, String label, String body, int status, boolean latin1) {
        return new Case(endpoint, category, label, endpoint.method(), path, Map.of("Content-Type", "application/json"),
                body.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8), Expect.REFUSED, status);
    }

    private Case body(Endpoint endpoint, String path, String category, String label, JsonNode body, Expect expect) {
        return new Case(endpoint, category, label, endpoint.method(), path, Map.of("Content-Type", "application/json"), bytes(body), expect, 0);
    }

    /** A field of the body: its JSON pointer (arrays at index 0) and schema. */
    record Field(String pointer, JsonNode schema, boolean required) {
    }

    record Mutation(String label, JsonNode value, boolean remove, Expect expect) {
        static Mutation refused(String label, JsonNode value) {
            return new Mutation(label, value, false, Expect.REFUSED);
        }

        static Mutation handled(String label, JsonNode value) {
            return new Mutation(label, value, false, Expect.HANDLED);
        }
    }

    private void collect(JsonNode schema, String pointer, List<Field> fields, int depth) {
        if (depth > 4) {
            return;
        }
        JsonNode properties = schema.path("properties");
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String at = pointer + "/" + property.getKey();
            JsonNode propertySchema = property.getValue();
            fields.add(new Field(at, propertySchema, required.contains(property.getKey())));
            if (propertySchema.has("properties")) {
                collect(propertySchema, at, fields, depth + 1);
            } else if (propertySchema.path("items").has("properties")) {
                collect(propertySchema.path("items"), at + "/0", fields, depth + 1);
            }
        }
    }

    /**
     * Values of another JSON type than the field's schema, which Jackson would coerce if let: a number
     * or a boolean for any string (text, id, enum, date, time), numeric text, a fraction or a boolean
     * for an integer, a boolean for a number (a decimal: its string form is the documented one), text
     * or a number for a boolean.
     */
    private static List<Mutation> wrongTypes(Field field) {
        JsonNode s = field.schema();
        return switch (typeOf(s)) {
            case "object", "array" -> List.of();
            case "integer" -> List.of(Mutation.refused("as numeric text", NODES.textNode("12")),
                    Mutation.refused("as a fraction", number("1.5")), Mutation.refused("as boolean", NODES.booleanNode(true)));
            case "number" -> List.of(Mutation.refused("as boolean", NODES.booleanNode(false)));
            case "boolean" -> List.of(Mutation.refused("as text", NODES.textNode("true")), Mutation.refused("as number", NODES.numberNode(1)));
            default -> switch (s.path("format").asText("")) {
                case "date" -> List.of(Mutation.refused("as number (days since 1970)", NODES.numberNode(12345)),
                        Mutation.refused("as boolean", NODES.booleanNode(true)));
                case "date-time" -> List.of(Mutation.refused("as number (seconds since 1970)", NODES.numberNode(1780275600L)),
                        Mutation.refused("as boolean", NODES.booleanNode(true)));
                default -> List.of(Mutation.refused(s.has("enum") ? "as number (an ordinal)" : "as number", NODES.numberNode(s.has("enum") ? 0 : 12345)),
                        Mutation.refused("as boolean", NODES.booleanNode(true)));
            };
        };
    }

    /** A JSON pointer as the API names a field in its problems: {@code /criteria/0/weight} is {@code criteria[0].weight}. */
    static String fieldPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String step : pointer.substring(1).split("/")) {
            if (step.matches("\\d+")) {
                path.append('[').append(step).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private List<Mutation> mutations(Field field, boolean creating) {
        JsonNode s = field.schema();
        String type = typeOf(s);
        String format = s.path("format").asText("");
        List<Mutation> m = new ArrayList<>();
        if (field.required()) {
            m.add(new Mutation("missing", null, true, Expect.REFUSED));
            m.add(Mutation.refused("null", NODES.nullNode()));
        }
        switch (type) {
            case "object" -> {
                m.add(Mutation.refused("as string", NODES.textNode("an object was expected")));
                m.add(Mutation.refused("as array", NODES.arrayNode()));
            }
            case "array" -> {
                m.add(Mutation.refused("as object", NODES.objectNode().put("a", 1)));
                m.add(Mutation.refused("as string", NODES.textNode("an array was expected")));
                if (s.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    JsonNode item = sample(s.path("items"), 0);
                    for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                        many.add(item.deepCopy());
                    }
                    m.add(Mutation.refused("maxItems+1", many));
                }
                if (s.path("minItems").asInt(0) > 0) {
                    m.add(Mutation.refused("empty (minItems " + s.get("minItems").asInt() + ")", NODES.arrayNode()));
                }
                if (field.required() || s.path("minItems").asInt(0) > 0) {
                    m.add(Mutation.refused("[null]", NODES.arrayNode().addNull()));
                }
            }
            case "integer", "number" -> {
                m.add(Mutation.refused("as text", NODES.textNode("twelve")));
                m.add(Mutation.refused("as object", NODES.objectNode()));
                m.add(Mutation.refused("1e400", number("1e400")));
                if (type.equals("integer")) {
                    m.add(Mutation.refused("beyond int64", number("99999999999999999999999")));
                    if (!format.equals("int64")) {
                        m.add(Mutation.refused("beyond int32", number("2147483648")));
                    }
                }
                if (s.has("minimum")) {
                    m.add(Mutation.refused("minimum-1", number(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString())));
                } else {
                    m.add(Mutation.handled("most negative int", NODES.numberNode(Integer.MIN_VALUE)));
                }
                if (s.has("maximum")) {
                    m.add(Mutation.refused("maximum+1", number(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString())));
                } else {
                    m.add(Mutation.handled("largest int", NODES.numberNode(Integer.MAX_VALUE)));
                }
            }
            case "boolean" -> {
                m.add(Mutation.refused("as text", NODES.textNode("maybe")));
                m.add(Mutation.refused("as object", NODES.objectNode()));
            }
            default -> stringMutations(s, format, field, creating, m);
        }
        return m;
    }

    private void stringMutations(JsonNode s, String format, Field field, boolean creating, List<Mutation> m) {
        m.add(Mutation.refused("as object", NODES.objectNode().put("a", 1)));
        m.add(Mutation.refused("as array", NODES.arrayNode().add("a")));
        if (s.has("enum")) {
            m.add(Mutation.refused("unknown enum value", NODES.textNode("NOT_A_VALUE")));
            m.add(Mutation.refused("injection as enum", NODES.textNode(INJECTION_SQL)));
            return;
        }
        switch (format) {
            case "uuid" -> {
                m.add(Mutation.refused("not a uuid", NODES.textNode("not-a-uuid")));
                m.add(Mutation.refused("injection as uuid", NODES.textNode(INJECTION_SQL)));
                m.add(Mutation.refused("uuid with trailing text", NODES.textNode(UUID.randomUUID() + "x")));
                return;
            }
            case "date" -> {
                m.add(Mutation.refused("31 February", NODES.textNode("2026-02-31")));
                m.add(Mutation.refused("year beyond LocalDate", NODES.textNode("+1000000000-01-01")));
                m.add(Mutation.refused("not a date", NODES.textNode("12/31/2026")));
                m.add(Mutation.refused("injection as date", NODES.textNode(INJECTION_SCRIPT)));
                m.add(Mutation.handled("earliest date", NODES.textNode("-999999999-01-01")));
                m.add(Mutation.handled("latest date", NODES.textNode("+999999999-12-31")));
                m.add(Mutation.handled("year 0", NODES.textNode("0000-01-01")));
                return;
            }
            case "date-time" -> {
                m.add(Mutation.refused("hour 25", NODES.textNode("2026-06-01T25:00:00Z")));
                m.add(Mutation.refused("not a time", NODES.textNode("yesterday")));
                m.add(Mutation.refused("year beyond Instant", NODES.textNode("+1000000000-01-01T00:00:00Z")));
                m.add(Mutation.handled("latest instant", NODES.textNode("+1000000-12-31T23:59:59Z")));
                m.add(Mutation.handled("earliest instant", NODES.textNode("-1000000-01-01T00:00:00Z")));
                return;
            }
            default -> {
            }
        }
        if (s.has("maxLength")) {
            m.add(Mutation.refused("maxLength+1", NODES.textNode("x".repeat(s.get("maxLength").asInt() + 1))));
        } else {
            m.add(Mutation.handled("100 000 characters", NODES.textNode("y".repeat(100_000))));
        }
        String pattern = s.path("pattern").asText("");
        if (field.required() && (pattern.equals("\\S") || s.path("minLength").asInt(0) > 0)) {
            m.add(Mutation.refused("empty", NODES.textNode("")));
            m.add(Mutation.refused("blank", NODES.textNode("   \t ")));
        }
        boolean constrained = !pattern.isEmpty() && !pattern.equals("\\S");
        for (String text : full ? STRANGE_TEXT : STRANGE_TEXT.subList(0, 4)) {
            if (constrained && !text.matches(".*(" + pattern + ").*")) {
                m.add(Mutation.refused("pattern violated: " + abbreviate(text), NODES.textNode(text)));
            } else if (!constrained) {
                // legitimate data for a free-text field: it must be stored as data, or refused, never break anything
                m.add(Mutation.handled("text: " + abbreviate(text), NODES.textNode(text)));
            }
        }
    }

    private Map<String, Expect> queryValues(Parameter p) {
        Map<String, Expect> values = new LinkedHashMap<>();
        JsonNode s = p.schema();
        String type = typeOf(s);
        if (type.equals("integer")) {
            values.put("abc", Expect.REFUSED);
            values.put("1.5", Expect.REFUSED);
            values.put("99999999999999999999", Expect.REFUSED);
            if (s.has("minimum")) {
                values.put(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString(), Expect.REFUSED);
            }
            if (s.has("maximum")) {
                values.put(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE).toPlainString(), Expect.REFUSED);
            } else {
                values.put(String.valueOf(Integer.MAX_VALUE), Expect.HANDLED);
            }
        } else if (p.isUuid()) {
            values.put("not-a-uuid", Expect.REFUSED);
            values.put(INJECTION_SQL, Expect.REFUSED);
        } else if (s.has("enum") || s.has("pattern")) {
            values.put(INJECTION_SQL, Expect.REFUSED);
            values.put(INJECTION_SCRIPT, Expect.REFUSED);
        } else {
            values.put(INJECTION_SQL, Expect.HANDLED);
            values.put(INJECTION_SCRIPT, Expect.HANDLED);
            values.put("%", Expect.HANDLED);
            // long, but inside the request line Quarkus reads (4 KB): longer lines are refused by the HTTP codec
            values.put("x".repeat(s.has("maxLength") ? s.get("maxLength").asInt() + 1 : 3000), s.has("maxLength") ? Expect.REFUSED : Expect.HANDLED);
        }
        values.put("%00", Expect.HANDLED);
        return values;
    }

    /** The endpoint's path with every parameter set to a value of its form that names nothing. */
    public static String unknownPath(Endpoint endpoint) {
        Map<String, String> values = new LinkedHashMap<>();
        endpoint.in("path").forEach(p -> values.put(p.name(), unknownValue(p)));
        return OpenApiDocument.fillPath(endpoint.path(), values);
    }

    /**
     * The endpoint's path with every parameter set to a value its route cannot take: not a UUID for
     * an id, not a number for a number, a UUID where a pattern wants something else. Null when no
     * parameter has a form to miss (free text). A router answers such a path 404 or 400, which no
     * caller without a valid token may learn.
     */
    public static String mismatchedPath(Endpoint endpoint) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean mismatched = false;
        for (Parameter p : endpoint.in("path")) {
            String pattern = p.schema().path("pattern").asText("");
            String value = null;
            if (p.isUuid()) {
                value = "not-a-uuid";
            } else if (p.type().equals("integer")) {
                value = "not-a-number";
            } else if (!pattern.isEmpty()) {
                value = List.of(UUID.randomUUID().toString(), "~", "-").stream().filter(v -> !v.matches(pattern)).findFirst().orElse(null);
            }
            mismatched |= value != null;
            values.put(p.name(), value != null ? value : unknownValue(p));
        }
        return mismatched ? OpenApiDocument.fillPath(endpoint.path(), values) : null;
    }

    /** A value of a path parameter that matches its declared form but names nothing. */
    private static String unknownValue(Parameter p) {
        if (p.isUuid()) {
            return UUID.randomUUID().toString();
        }
        String pattern = p.schema().path("pattern").asText("");
        for (String candidate : List.of("no-such-" + p.name(), "9999.9999", "999999", "zz")) {
            if (pattern.isEmpty() ? !p.type().equals("integer") || candidate.matches("\\d+") : candidate.matches(pattern)) {
                return candidate;
            }
        }
        return "no-such-" + p.name();
    }

    /** A plausible request body for a schema (its examples, enums and types), for suites that need a well-formed one. */
    public static JsonNode sampleOf(JsonNode schema) {
        return sample(schema, 0);
    }

    /** A plausible value of a schema: its example, its first enum value, or one made from its type. */
    static JsonNode sample(JsonNode s, int depth) {
        if (s == null || s.isMissingNode()) {
            return NODES.textNode("x");
        }
        JsonNode example = s.has("examples") && s.get("examples").size() > 0 ? s.get("examples").get(0) : s.get("example");
        String type = typeOf(s);
        if (example != null && !example.isNull() && matchesType(example, type)) {
            return example;
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    s.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int n = Math.max(1, s.path("minItems").asInt(1));
                for (int i = 0; i < n && depth < 6; i++) {
                    array.add(sample(s.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(s.has("minimum") ? Math.max(s.get("minimum").asLong(), 1) : 1);
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return switch (s.path("format").asText("")) {
                    case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                    case "date" -> NODES.textNode("2026-06-01");
                    case "date-time" -> NODES.textNode("2026-06-01T00:00:00Z");
                    case "uri", "url" -> NODES.textNode("https://example.org/x");
                    case "email" -> NODES.textNode("someone@example.org");
                    default -> NODES.textNode("sample");
                };
            }
        }
    }

    static String typeOf(JsonNode s) {
        if (s.has("type")) {
            return s.get("type").asText();
        }
        if (s.has("properties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        return "string";
    }

    private static boolean matchesType(JsonNode example, String type) {
        return switch (type) {
            case "object" -> example.isObject();
            case "array" -> example.isArray();
            case "integer" -> example.isIntegralNumber();
            case "number" -> example.isNumber();
            case "boolean" -> example.isBoolean();
            default -> example.isTextual();
        };
    }

    /** Sets (or removes) the value at a JSON pointer of the copy; false if the pointer is not there. */
    private static boolean apply(JsonNode root, String pointer, JsonNode value, boolean remove) {
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? root : root.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            if (remove) {
                object.remove(last);
            } else {
                object.set(last, value);
            }
            return true;
        }
        if (parent instanceof ArrayNode array && !array.isEmpty()) {
            array.set(Integer.parseInt(last), value);
            return true;
        }
        return false;
    }

    private static byte[] invalidUtf8(JsonNode base) {
        byte[] prefix = "{\"text\":\"".getBytes(StandardCharsets.UTF_8);
        if (base != null && base.isObject() && base.fieldNames().hasNext()) {
            prefix = ("{\"" + base.fieldNames().next() + "\":\"").getBytes(StandardCharsets.UTF_8);
        }
        byte[] bad = {(byte) 0xFF, (byte) 0xFE, 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        byte[] body = new byte[prefix.length + bad.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        return body;
    }

    private static byte[] oversized(JsonNode base) {
        ObjectNode big = base != null && base.isObject() ? (ObjectNode) base.deepCopy() : NODES.objectNode();
        String field = big.fieldNames().hasNext() ? big.fieldNames().next() : "text";
        big.put(field, "z".repeat(OVERSIZED));
        return bytes(big);
    }

    private static JsonNode number(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String value) {
        String printable = value.replace("\u0000", "\\0").replace("\ud800", "\\ud800");
        return printable.length() > 40 ? printable.substring(0, 37) + "...(" + value.length() + ")" : printable;
    }
}
