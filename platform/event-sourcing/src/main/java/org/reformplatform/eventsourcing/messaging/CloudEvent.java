package org.reformplatform.eventsourcing.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as it travels on Kafka: CloudEvents 1.0 in binary mode. The attributes are record
 * headers ({@code ce_id}, {@code ce_type}, ...), the data is the record value (JSON), the record key
 * is the stream id. See docs/events/README.md for the full contract.
 *
 * @param id            the event id, unique across the platform
 * @param source        the publishing service, {@code urn:reform-platform:<service>}
 * @param type          {@code <service>.<EventName>.v<schema version>}
 * @param subject       the stream (aggregate) id
 * @param time          when it happened, UTC
 * @param dataSchema    the JSON Schema of the data
 * @param streamType    extension {@code streamtype}: the aggregate type
 * @param streamVersion extension {@code streamversion}: its version after this event
 * @param position      extension {@code position}: its position in the publishing service's store
 * @param correlationId extension {@code correlationid}
 * @param causationId   extension {@code causationid}
 * @param organisation  extension {@code organisation}: the acting organisation, if any
 * @param traceparent   extension {@code traceparent} (W3C trace context), if any
 * @param data          the JSON payload, byte for byte as stored
 */
public record CloudEvent(
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String dataSchema,
        String streamType,
        int streamVersion,
        long position,
        UUID correlationId,
        UUID causationId,
        String organisation,
        String traceparent,
        byte[] data) {

    public static final String SPEC_VERSION = "1.0";

    /** The service part of the type: {@code admissions} in {@code admissions.ApplicationSubmitted.v1}. */
    public String service() {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    /** The event name: {@code ApplicationSubmitted}. */
    public String eventName() {
        // Read for every record a consumer polls (ForeignSubscriber.wants): no split, no array.
        int first = type.indexOf('.');
        if (first < 0 || onlyDotsAfter(first)) {
            return type;   // as split("\\.") leaves a single part
        }
        int second = type.indexOf('.', first + 1);
        return type.substring(first + 1, second < 0 ? type.length() : second);
    }

    private boolean onlyDotsAfter(int index) {
        for (int i = index + 1; i < type.length(); i++) {
            if (type.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** The schema version: 1 in {@code ...v1}. */
    public int schemaVersion() {
        String[] parts = type.split("\\.");
        String last = parts[parts.length - 1];
        if (parts.length < 3 || !last.startsWith("v")) {
            throw new IllegalArgumentException("type " + type + " carries no schema version");
        }
        return Integer.parseInt(last.substring(1));
    }

    public String dataAsString() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
