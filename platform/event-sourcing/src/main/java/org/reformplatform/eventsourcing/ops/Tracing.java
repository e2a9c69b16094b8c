package org.reformplatform.eventsourcing.ops;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

import org.reformplatform.eventsourcing.messaging.CloudEvent;

/**
 * One trace from a partner's request to every consumer in other services. The events a request
 * appends carry its span's W3C {@code traceparent} (the CloudEvents distributed-tracing extension,
 * {@code ce_traceparent} on Kafka); a consumer of another service's events handles each in a span
 * whose parent is that traceparent, and the events it appends carry the consumer's span in turn.
 *
 * <p>With the OpenTelemetry SDK off (the default of local runs: {@code quarkus.otel.sdk.disabled})
 * there are no spans, and the context still travels: a request's incoming {@code traceparent}, and
 * a consumed event's, are passed on unchanged.
 */
@ApplicationScoped
public class Tracing {

    /** The traceparent of the event being consumed on this thread, passed on when there is no span. */
    private static final ThreadLocal<String> CONSUMED = new ThreadLocal<>();

    private static final TextMapGetter<Map<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    @Inject
    Tracer tracer;

    /** The trace context that events appended now carry: the current span's, else the one passed in. */
    public String traceparent(String otherwise) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        }
        String consumed = CONSUMED.get();
        return consumed != null ? consumed : otherwise;
    }

    /** Handles a consumed event in a span that continues the trace of the request that caused it. */
    public void consume(CloudEvent event, String consumer, Runnable handling) {
        String topic = event.service() + ".events";
        Context parent = event.traceparent() == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of("traceparent", event.traceparent()), HEADERS);
        Span span = tracer.spanBuilder(topic + " process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type())
                .setAttribute("cloudevents.event_subject", event.subject())
                .startSpan();
        String previous = CONSUMED.get();
        CONSUMED.set(event.traceparent());
        try (Scope scope = span.makeCurrent()) {
            handling.run();
        } catch (RuntimeException refused) {
            span.recordException(refused);
            span.setStatus(StatusCode.ERROR, refused.getClass().getSimpleName());
            throw refused;
        } finally {
            span.end();
            if (previous == null) {
                CONSUMED.remove();
            } else {
                CONSUMED.set(previous);
            }
        }
    }
}
