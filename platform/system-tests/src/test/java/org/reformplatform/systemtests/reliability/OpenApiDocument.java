package org.reformplatform.systemtests.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The endpoints a service declares in its OpenAPI document ({@code /q/openapi?format=json}), read at
 * test time so that a new endpoint is covered by the bad-input and security suites without anyone
 * listing it: method, path, the roles of its {@code @RolesAllowed} (the document's security scopes),
 * its parameters and its request body's schema with every {@code $ref} resolved.
 */
public final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** A parameter of an operation: where it goes and its schema. */
    public record Parameter(String name, String in, JsonNode schema) {

        public boolean isUuid() {
            return "uuid".equals(schema.path("format").asText()) || schema.path("pattern").asText().startsWith("[a-fA-F0-9]{8}");
        }

        public String type() {
            return schema.path("type").asText("string");
        }
    }

    /** One operation: {@code POST /v1/applications} of a service. */
    public record Endpoint(String service, String method, String path, String summary, List<String> roles,
                           List<Parameter> parameters, JsonNode body, List<String> consumes) {

        /** {@code POST /v1/applications}: how tables and reports name it. */
        public String key() {
            return method + " " + path;
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        public boolean hasBody() {
            return body != null;
        }

        @Override
        public String toString() {
            return service + " " + key();
        }
    }

    /** A path template ({@code /v1/applications/{id}}) with the given parameters put in. */
    public static String fillPath(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private final String service;
    private final JsonNode document;

    private OpenApiDocument(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** Fetches the document of a running service. */
    public static OpenApiDocument of(String service, String baseUrl) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(service + " has no OpenAPI document: " + response.statusCode());
            }
            return new OpenApiDocument(service, JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every operation of the document, in its order. */
    public List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode operation = op.getValue();
                List<String> roles = new ArrayList<>();
                for (JsonNode requirement : operation.path("security")) {
                    requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText())));
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode p = resolve(parameter);
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), resolve(p.path("schema"))));
                }
                JsonNode body = null;
                List<String> consumes = new ArrayList<>();
                JsonNode content = operation.path("requestBody").path("content");
                if (content.isObject() && content.size() > 0) {
                    content.fieldNames().forEachRemaining(consumes::add);
                    body = resolve(content.path(consumes.get(0)).path("schema"));
                }
                endpoints.add(new Endpoint(service, op.getKey().toUpperCase(), path.getKey(), operation.path("summary").asText(""),
                        List.copyOf(roles), List.copyOf(parameters), body, List.copyOf(consumes)));
            }
        }
        return endpoints;
    }

    /**
     * A schema with its {@code $ref} replaced by what it points to, recursively (properties, items,
     * allOf), and the referring node's own keywords (examples, maxLength, ...) kept on top.
     */
    public JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || !schema.isObject() || depth > 12) {
            return schema;
        }
        ObjectNode resolved = JSON.createObjectNode();
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            JsonNode inner = resolve(target, depth + 1);
            if (inner != null && inner.isObject()) {
                resolved.setAll((ObjectNode) inner);
            }
        }
        schema.fields().forEachRemaining(field -> {
            String name = field.getKey();
            if (name.equals("$ref")) {
                return;
            }
            if (name.equals("properties")) {
                ObjectNode properties = JSON.createObjectNode();
                field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(p.getValue(), depth + 1)));
                resolved.set("properties", properties);
            } else if (name.equals("items")) {
                resolved.set("items", resolve(field.getValue(), depth + 1));
            } else if (name.equals("allOf") && field.getValue().isArray()) {
                for (JsonNode part : field.getValue()) {
                    JsonNode inner = resolve(part, depth + 1);
                    if (inner.isObject()) {
                        inner.fields().forEachRemaining(f -> {
                            if (!resolved.has(f.getKey())) {
                                resolved.set(f.getKey(), f.getValue());
                            }
                        });
                    }
                }
            } else {
                resolved.set(name, field.getValue());
            }
        });
        return resolved;
    }
}
