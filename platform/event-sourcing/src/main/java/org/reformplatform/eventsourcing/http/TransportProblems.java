package org.reformplatform.eventsourcing.http;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem bodies for the refusals that happen below the REST layer, in Vert.x, where the exception
 * mappers never see them: a body over {@code quarkus.http.limits.max-body-size} (413, whether it
 * announced its length or was sent in chunks), and any other 4xx a route fails with. Without this
 * they are answered with an empty body.
 *
 * <p>A body announced too large is answered at once and then read and thrown away (up to a bound),
 * so that the client, still sending, is not reset before it reads the answer.
 */
@ApplicationScoped
public class TransportProblems {

    /**
     * Before Quarkus' own size check (order -2), and before authentication (order -200) so that an
     * oversized body is refused as such whatever the token: the token is not even read.
     */
    static final int ORDER = -1000;
    /** Beyond this, a refused body is not drained: the connection is closed instead. */
    static final long MAX_DRAIN = 16L * 1024 * 1024;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    String maxBodySize;

    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        long limit = bytes(maxBodySize);
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
                refuseOversized(context, Long.parseLong(length), limit);
            } else {
                context.next();
            }
        });
        router.route().order(ORDER).failureHandler(context -> {
            int status = context.statusCode();
            if (status < 400 || status > 499 || context.response().headWritten()) {
                context.next();
                return;
            }
            if (status == 413) {
                drainOrClose(context.request(), MAX_DRAIN);
            }
            answer(context, status, status == 413 ? tooLarge(limit) : null);
        });
    }

    private void refuseOversized(RoutingContext context, long announced, long limit) {
        drainOrClose(context.request(), announced <= MAX_DRAIN ? announced : 0);
        answer(context, 413, tooLarge(limit));
    }

    private static String tooLarge(long limit) {
        return "The request body is larger than the " + limit + " bytes this service accepts";
    }

    /** Reads the rest of the body and throws it away, or closes the connection once answered. */
    private static void drainOrClose(HttpServerRequest request, long upTo) {
        if (upTo <= 0) {
            request.response().putHeader(HttpHeaders.CONNECTION, "close");
            request.response().endHandler(done -> request.connection().close());
            return;
        }
        long[] seen = {0};
        try {
            request.handler(chunk -> {
                seen[0] += chunk.length();
                if (seen[0] > upTo) {
                    request.connection().close();
                }
            });
            request.resume();
        } catch (IllegalStateException alreadyRead) {
            request.response().putHeader(HttpHeaders.CONNECTION, "close");
            request.response().endHandler(done -> request.connection().close());
        }
    }

    private void answer(RoutingContext context, int status, String detail) {
        problems.send(context, RouteProblems.ofStatus(status).detail(detail));
    }

    /** Quarkus' memory sizes: a number of bytes, optionally with K, M, G or T. */
    static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (Character.isLetter(last)) {
            unit = switch (last) {
                case 'K' -> 1024L;
                case 'M' -> 1024L * 1024;
                case 'G' -> 1024L * 1024 * 1024;
                case 'T' -> 1024L * 1024 * 1024 * 1024;
                default -> throw new IllegalArgumentException("not a memory size: " + size);
            };
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * unit;
    }
}
