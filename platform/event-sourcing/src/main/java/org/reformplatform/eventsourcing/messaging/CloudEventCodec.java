package org.reformplatform.eventsourcing.messaging;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes in {@code ce_} headers. */
public final class CloudEventCodec {

    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private CloudEventCodec() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, CloudEvent event) {
        Headers headers = new RecordHeaders();
        put(headers, "ce_specversion", CloudEvent.SPEC_VERSION);
        put(headers, "ce_id", event.id().toString());
        put(headers, "ce_source", event.source());
        put(headers, "ce_type", event.type());
        put(headers, "ce_subject", event.subject());
        put(headers, "ce_time", event.time().toString());
        put(headers, "ce_dataschema", event.dataSchema());
        put(headers, CONTENT_TYPE, JSON);
        put(headers, "ce_streamtype", event.streamType());
        put(headers, "ce_streamversion", String.valueOf(event.streamVersion()));
        put(headers, "ce_position", String.valueOf(event.position()));
        put(headers, "ce_correlationid", event.correlationId() == null ? null : event.correlationId().toString());
        put(headers, "ce_causationid", event.causationId() == null ? null : event.causationId().toString());
        put(headers, "ce_organisation", event.organisation());
        put(headers, "ce_traceparent", event.traceparent());
        return new ProducerRecord<>(topic, null, event.subject(), event.data(), headers);
    }

    /**
     * Reads a record as a CloudEvent.
     *
     * @throws MalformedCloudEvent when a required attribute is missing or unreadable, or the data is not UTF-8
     */
    public static CloudEvent fromRecord(ConsumerRecord<String, byte[]> record) {
        Headers h = record.headers();
        String spec = get(h, "ce_specversion");
        if (!CloudEvent.SPEC_VERSION.equals(spec)) {
            throw new MalformedCloudEvent("not a CloudEvents " + CloudEvent.SPEC_VERSION + " record (ce_specversion=" + spec + ")");
        }
        byte[] data = record.value();
        if (data == null) {
            throw new MalformedCloudEvent("the record has no data");
        }
        requireUtf8(data);
        try {
            return new CloudEvent(
                    UUID.fromString(required(h, "ce_id")),
                    required(h, "ce_source"),
                    required(h, "ce_type"),
                    required(h, "ce_subject"),
                    IsoInstant.parse(required(h, "ce_time")),
                    get(h, "ce_dataschema"),
                    get(h, "ce_streamtype"),
                    Integer.parseInt(required(h, "ce_streamversion")),
                    parseLong(get(h, "ce_position")),
                    uuidOrNull(get(h, "ce_correlationid")),
                    uuidOrNull(get(h, "ce_causationid")),
                    get(h, "ce_organisation"),
                    get(h, "ce_traceparent"),
                    data);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedCloudEvent("unreadable CloudEvents attribute: " + e.getMessage());
        }
    }

    /** The event id of a record, if it has a readable one (used to tell duplicates even of poison records). */
    public static UUID idOf(ConsumerRecord<String, byte[]> record) {
        return uuidOrNull(get(record.headers(), "ce_id"));
    }

    private static void requireUtf8(byte[] data) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data));
        } catch (CharacterCodingException e) {
            throw new MalformedCloudEvent("the data is not valid UTF-8");
        }
    }

    private static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = get(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedCloudEvent("missing CloudEvents attribute " + name);
        }
        return value;
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long parseLong(String value) {
        return value == null ? 0 : Long.parseLong(value);
    }

    /** A record that is not a readable CloudEvent. */
    public static final class MalformedCloudEvent extends RuntimeException {
        public MalformedCloudEvent(String message) {
            super(message);
        }
    }
}
