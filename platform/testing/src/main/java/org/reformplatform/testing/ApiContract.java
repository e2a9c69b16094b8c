package org.reformplatform.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's API contract: its OpenAPI document, committed in {@code docs/api/<service>.openapi.json}
 * and compared in every build with the one the service generates, so that a change to the API shows
 * in review as a change to that file. After a deliberate change, regenerate it with
 * {@code mvn -pl <service>-service test -Dtest=OpenApiTest -Dapi.contract.update=true} and commit it.
 */
public final class ApiContract {

    public static final String UPDATE_PROPERTY = "api.contract.update";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApiContract() {
    }

    /** Compares (or, with {@code -Dapi.contract.update=true}, writes) the committed document with the generated one. */
    public static void assertUpToDate(String service) {
        Path committed = Path.of("../docs/api/" + service + ".openapi.json");
        String generated = canonical(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, generated, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(committed)) {
                throw new AssertionError(committed + " is missing: generate it with -D" + UPDATE_PROPERTY + "=true and commit it");
            }
            String expected = Files.readString(committed, StandardCharsets.UTF_8);
            if (!expected.equals(generated)) {
                throw new AssertionError("the API of " + service + " differs from its committed contract " + committed + ":\n"
                        + firstDifferences(expected, generated) + "\nIf the change is meant, regenerate the contract with -D"
                        + UPDATE_PROPERTY + "=true and commit it; if it breaks partners, give it a new /v2 path instead.");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the OIDC provider's discovery document is: the provider the service is configured with, not part of the contract. */
    static final String OIDC_DISCOVERY = "${PLATFORM_OIDC_URL}/.well-known/openid-configuration";

    /**
     * The document with every object's keys sorted, indented, and the URL of the OIDC provider the
     * service was started with (a test provider on a random port) written as the setting it comes
     * from: one stable text per API.
     */
    static String canonical(String json) {
        try {
            return MAPPER.writeValueAsString(sorted(MAPPER.readTree(json))) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode result = MAPPER.createObjectNode();
            fields.forEach(result::set);
            if (result.has("openIdConnectUrl")) {
                result.put("openIdConnectUrl", OIDC_DISCOVERY);
            }
            return result;
        }
        if (node.isArray()) {
            var result = MAPPER.createArrayNode();
            node.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }

    private static String firstDifferences(String expected, String generated) {
        String[] a = expected.split("\n");
        String[] b = generated.split("\n");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(a.length, b.length) && lines.size() < 12; i++) {
            String left = i < a.length ? a[i] : "";
            String right = i < b.length ? b[i] : "";
            if (!left.equals(right)) {
                lines.add("  line " + (i + 1) + ": committed " + left.strip() + "\n           generated " + right.strip());
            }
        }
        return String.join("\n", lines);
    }
}
