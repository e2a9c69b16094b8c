package org.reformplatform.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The services' public APIs, as a partner system calls them: JSON over HTTP with a bearer token.
 *
 * <pre>
 * Reply created = api.as(Tokens.OPERATOR).post("admissions", "/v1/intake-events", body);
 * created.expect(201).path("id").asText();
 * </pre>
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, String> endpoints;
    private final Tokens tokens;
    private final HttpClient http;

    public Api(Map<String, String> endpoints, Tokens tokens) {
        this(endpoints, tokens, HttpClient.Version.HTTP_2);
    }

    /**
     * With a fixed HTTP version. {@code HTTP_1_1} gives each concurrent caller a keep-alive
     * connection of its own, as separate partner systems have, where HTTP/2 (the default, by h2c
     * upgrade) multiplexes every caller over one connection.
     */
    public Api(Map<String, String> endpoints, Tokens tokens, HttpClient.Version version) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Calls made with this principal's token. */
    public Caller as(Tokens.Principal principal) {
        return new Caller(principal == null ? null : tokens.of(principal));
    }

    /** Calls made with this exact token (also expired or forged ones). */
    public Caller withToken(String token) {
        return new Caller(token);
    }

    /** An answer: status, headers and the JSON body (or text, when it is not JSON). */
    public record Reply(int status, Map<String, String> headers, String text) {

        public JsonNode json() {
            try {
                return text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        public JsonNode path(String field) {
            return json().path(field);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** Fails, with the body, unless the status is 2xx (a command accepted, or replayed). */
        public Reply expectSuccess() {
            if (status < 200 || status > 299) {
                throw new AssertionError("expected HTTP 2xx but got " + status + ": " + text);
            }
            return this;
        }

        /** Fails, with the body, unless the status is the expected one. */
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + text);
            }
            return this;
        }
    }

    /** Requests with one token. */
    public final class Caller {
        private final String token;

        private Caller(String token) {
            this.token = token;
        }

        public Reply get(String service, String path) {
            return send(service, path, "GET", null, Map.of());
        }

        public Reply post(String service, String path, Object body) {
            return send(service, path, "POST", body, Map.of());
        }

        public Reply post(String service, String path, Object body, Map<String, String> headers) {
            return send(service, path, "POST", body, headers);
        }

        public Reply send(String service, String path, String method, Object body, Map<String, String> headers) {
            String base = endpoints.get(service);
            if (base == null) {
                throw new IllegalArgumentException("no service " + service);
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                headers.forEach(request::header);
                if (body == null) {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                } else {
                    byte[] bytes = body instanceof byte[] raw ? raw : body instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : JSON.writeValueAsBytes(body);
                    request.header("Content-Type", headers.getOrDefault("Content-Type", "application/json"));
                    request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Map<String, String> replyHeaders = new LinkedHashMap<>();
                response.headers().map().forEach((name, values) -> replyHeaders.put(name.toLowerCase(), String.join(",", values)));
                return new Reply(response.statusCode(), replyHeaders, response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + base + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
