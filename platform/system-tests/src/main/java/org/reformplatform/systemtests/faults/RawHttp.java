package org.reformplatform.systemtests.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP exactly as given: any method, any bytes, any headers, any request target (one that is not a
 * URI goes out on a plain socket), with bounded timeouts, and a transport failure reported as an
 * answer (status 0) instead of thrown, so that suites can count hangs and dropped connections like
 * any other wrong answer.
 */
public final class RawHttp {

    /** The answer; {@code status} 0 when there was none ({@code failure} says why). */
    public record Answer(int status, Map<String, String> headers, String body, long millis, String failure) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String contentType() {
            String type = header("content-type");
            return type == null ? "" : type;
        }
    }

    private final HttpClient http;
    private final Duration timeout;

    public RawHttp(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Answer send(String method, String url, Map<String, String> headers, byte[] body) {
        long started = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notUri) {
            // A target that is not a URI (a malformed %-escape): java.net.http cannot send it, a socket can.
            return SocketRequest.send(method, url, headers, body, timeout);
        }
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
        } catch (IllegalArgumentException unsendable) {
            return new Answer(-1, Map.of(), "", 0, "not sendable: " + unsendable.getMessage());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> replyHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> replyHeaders.put(name.toLowerCase(), String.join(",", values)));
            return new Answer(response.statusCode(), replyHeaders, response.body(), (System.nanoTime() - started) / 1_000_000, null);
        } catch (HttpTimeoutException e) {
            return new Answer(0, Map.of(), "", (System.nanoTime() - started) / 1_000_000, "no answer within " + timeout);
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", (System.nanoTime() - started) / 1_000_000, "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, Map.of(), "", 0, "interrupted");
        }
    }
}
