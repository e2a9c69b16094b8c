package org.reformplatform.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens from the platform's Keycloak (realm {@code reform-platform}, imported from
 * deploy/keycloak), for the clients and people deploy/local/clients.sh lists. Local secrets only.
 */
public final class Tokens {

    /** Who can ask for a token: a machine client, or a person with the password grant. */
    public record Principal(String clientId, String username) {
    }

    public static final Principal OPERATOR = client("platform-operator");
    public static final Principal ANALYST = client("platform-analyst");
    public static final Principal REVIEWER = client("platform-reviewer");
    public static final Principal EVALUATOR = client("platform-evaluator");
    /** Partner of organisation {@code university-a}. */
    public static final Principal UNIVERSITY_A = client("partner-university-a");
    /** Partner of organisation {@code enterprise-b}. */
    public static final Principal ENTERPRISE_B = client("partner-enterprise-b");

    public static Principal client(String clientId) {
        return new Principal(clientId, null);
    }

    /** A person of the local realm: reviewer, reviewer-2..5, evaluator, evaluator-2..4, partner-a, partner-b, ... */
    public static Principal user(String username) {
        return new Principal("platform-cli", username);
    }

    private record Cached(String token, Instant expires) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String keycloakUrl;
    private final String tokenUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Principal, Cached> cache = new ConcurrentHashMap<>();

    public Tokens(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
        this.tokenUrl = keycloakUrl + "/realms/reform-platform/protocol/openid-connect/token";
    }

    /** A valid access token for the principal (fetched again shortly before it expires). */
    public String of(Principal principal) {
        Cached cached = cache.get(principal);
        if (cached != null && Instant.now().isBefore(cached.expires())) {
            return cached.token();
        }
        JsonNode json = request(tokenUrl, principal);
        String token = json.get("access_token").asText();
        cache.put(principal, new Cached(token, Instant.now().plusSeconds(Math.max(10, json.path("expires_in").asLong(60) - 30))));
        return token;
    }

    /**
     * A new token (never cached) from any realm of the same Keycloak: the security tests' second
     * realm, or a client whose tokens expire at once.
     */
    public String issue(String realm, Principal principal) {
        return request(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token", principal).get("access_token").asText();
    }

    private JsonNode request(String url, Principal principal) {
        Map<String, String> form = principal.username() == null
                ? Map.of("grant_type", "client_credentials", "client_id", principal.clientId(), "client_secret", principal.clientId() + "-local-secret")
                : Map.of("grant_type", "password", "client_id", principal.clientId(), "username", principal.username(),
                        "password", principal.username() + "-local");
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + principal + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The token's subject: how services know a reviewer or evaluator. */
    public String subjectOf(Principal principal) {
        return claims(of(principal)).get("sub").asText();
    }

    public static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
