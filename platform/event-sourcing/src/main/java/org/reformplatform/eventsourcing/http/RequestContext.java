package org.reformplatform.eventsourcing.http;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reformplatform.eventsourcing.ops.Tracing;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.store.EventMetadata;

/**
 * The metadata of the current request (an HTTP request, or a test or job running in a request
 * context without one): the caller, a correlation id (taken from
 * {@code X-Correlation-Id} when it is a UUID, so a partner can follow its own transaction) and the
 * W3C {@code traceparent} (the request's span, continuing the caller's trace; see {@link Tracing}).
 */
@RequestScoped
public class RequestContext {

    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String TRACEPARENT = "traceparent";

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    Tracing tracing;

    private EventMetadata metadata;

    public EventMetadata metadata() {
        if (metadata == null) {
            UUID requestId = UUID.randomUUID();
            RoutingContext http = currentRequest.getCurrent();
            UUID correlation = http == null ? null : parseUuid(http.request().getHeader(CORRELATION_ID));
            String actor = identity.isAnonymous() ? "anonymous" : caller.subject();
            String organisation = identity.isAnonymous() ? null : caller.organisation().orElse(null);
            metadata = new EventMetadata(correlation == null ? requestId : correlation, requestId, actor, organisation,
                    tracing.traceparent(http == null ? null : http.request().getHeader(TRACEPARENT)));
        }
        return metadata;
    }

    /** Method and path: what an idempotency key is scoped to, with the caller. */
    public String operation() {
        RoutingContext http = currentRequest.getCurrent();
        return http == null ? "internal" : http.request().method().name() + " " + http.request().path();
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : caller.subject();
    }

    private static UUID parseUuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
