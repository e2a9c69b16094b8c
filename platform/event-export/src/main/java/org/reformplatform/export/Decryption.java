package org.reformplatform.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code --decrypt SERVICE=GRANT}: the clear values an operator granted this analyst (a decryption
 * grant of the service, docs/analysts.md), put in place of the sealed ones before the rest become
 * pseudonyms. The tool holds no key: for each event of a granted type that carries sealed values it
 * asks the service ({@code POST /ops/personal-data/decryption-grants/{grant}/openings}, with the
 * analyst's token from {@code $TOKEN}) to open what the grant covers. A grant that is refused
 * (expired, revoked, not this analyst's) stops the export: it never silently falls back.
 */
final class Decryption {

    private static final Map<String, Integer> LOCAL_PORTS = Map.of("admissions", 8101, "qualification", 8102, "mobility", 8103,
            "incubation", 8104, "evaluation", 8105);

    private final Map<String, String> grants;
    private final ObjectMapper mapper;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Set<String>> grantedTypes = new HashMap<>();
    private long opened;

    private Decryption(Map<String, String> grants, ObjectMapper mapper, String token) {
        this.grants = grants;
        this.mapper = mapper;
        this.token = token;
    }

    /** None when no grant was named: the export then writes pseudonyms only. */
    static Decryption of(ExportOptions options, ObjectMapper mapper) {
        if (options.decrypt().isEmpty()) {
            return null;
        }
        String token = System.getenv("TOKEN");
        if (token == null || token.isBlank()) {
            throw new ExportOptions.UsageException("--decrypt needs the analyst's access token in $TOKEN");
        }
        return new Decryption(options.decrypt(), mapper, token);
    }

    /** How many values were opened so far. */
    long opened() {
        return opened;
    }

    /**
     * The data with the granted values of this event in clear, in place; sealed values the grant does
     * not cover are left for {@link Pseudonyms}.
     */
    JsonNode apply(String topic, String eventId, String cloudEventType, JsonNode data) {
        String service = topic.endsWith(".events") ? topic.substring(0, topic.length() - ".events".length()) : topic;
        String grant = grants.get(service);
        if (grant == null || data == null || eventId == null || cloudEventType == null || !Pseudonyms.containsSealed(data)) {
            return data;
        }
        String type = cloudEventType.replaceFirst("\\.v\\d+$", "");
        if (!typesOf(service, grant).contains(type)) {
            return data;
        }
        JsonNode answer = call(service, "POST", "/ops/personal-data/decryption-grants/" + grant + "/openings",
                "{\"events\": [\"" + eventId + "\"]}");
        JsonNode values = answer.path("events").path(eventId);
        for (Iterator<Map.Entry<String, JsonNode>> fields = values.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (put(data, field.getKey().split("\\."), 0, field.getValue().asText())) {
                opened++;
            }
        }
        return data;
    }

    private Set<String> typesOf(String service, String grant) {
        return grantedTypes.computeIfAbsent(service, s -> {
            JsonNode answer = call(s, "GET", "/ops/personal-data/decryption-grants/" + grant, null);
            if (!answer.path("active").asBoolean()) {
                throw new UncheckedIOException(new IOException("decryption grant " + grant + " of " + s + " is not active (expired or revoked)"));
            }
            Set<String> types = new HashSet<>();
            answer.path("eventTypes").forEach(t -> types.add(t.asText()));
            return types;
        });
    }

    private static boolean put(JsonNode node, String[] path, int at, String value) {
        String step = path[at];
        boolean last = at == path.length - 1;
        if (node instanceof ObjectNode object && object.has(step)) {
            if (last) {
                object.put(step, value);
                return true;
            }
            return put(object.get(step), path, at + 1, value);
        }
        if (node instanceof ArrayNode array && step.matches("\\d+") && Integer.parseInt(step) < array.size()) {
            int index = Integer.parseInt(step);
            if (last) {
                array.set(index, array.textNode(value));
                return true;
            }
            return put(array.get(index), path, at + 1, value);
        }
        return false;
    }

    private JsonNode call(String service, String method, String path, String body) {
        String base = System.getenv(service.toUpperCase(java.util.Locale.ROOT) + "_URL");
        if (base == null || base.isBlank()) {
            base = "http://127.0.0.1:" + LOCAL_PORTS.getOrDefault(service, 8101);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        request = body == null ? request.GET() : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(service + " refused decryption (HTTP " + response.statusCode() + "): " + response.body());
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }

    /** Parses {@code SERVICE=GRANT}. */
    static Map.Entry<String, String> parse(String value) {
        int eq = value.indexOf('=');
        if (eq <= 0 || !value.substring(eq + 1).matches("[0-9a-fA-F-]{36}") || !value.substring(0, eq).matches("[a-z]+")) {
            throw new ExportOptions.UsageException("--decrypt takes SERVICE=GRANT-ID, e.g. admissions=6f1c...-...");
        }
        return Map.entry(value.substring(0, eq), value.substring(eq + 1));
    }
}
