package org.reformplatform.eventsourcing.command;

import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

import org.reformplatform.eventsourcing.http.RequestContext;
import org.reformplatform.eventsourcing.ops.Tracing;
import org.reformplatform.eventsourcing.store.EventMetadata;

/**
 * The metadata recorded with the events a command causes. In an HTTP request it comes from the
 * request (caller, correlation id, trace context); a consumer of another service's events sets it
 * explicitly with {@link #runAs}, so that the new events point at the event that caused them.
 */
@ApplicationScoped
public class CommandMetadata {

    private static final ThreadLocal<EventMetadata> EXPLICIT = new ThreadLocal<>();

    @Inject
    RequestContext request;

    @Inject
    Tracing tracing;

    public EventMetadata current() {
        EventMetadata explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return request.metadata();
        }
        UUID id = UUID.randomUUID();
        return new EventMetadata(id, id, "system", null, null);
    }

    /** Runs work whose events carry the given metadata. */
    public <T> T runAs(EventMetadata metadata, Callable<T> work) throws Exception {
        EventMetadata previous = EXPLICIT.get();
        // Events caused by a consumed event continue its trace (the consumer's span, or the event's own context).
        EXPLICIT.set(metadata.traceparent() != null ? metadata : new EventMetadata(metadata.correlationId(), metadata.causationId(),
                metadata.actor(), metadata.organisation(), tracing.traceparent(null)));
        try {
            return work.call();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }
}
