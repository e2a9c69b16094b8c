package org.reformplatform.export;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One event with its CloudEvents envelope flattened into columns, then its data fields: nested
 * objects become dotted names ({@code data.amount.currency}), arrays stay JSON text.
 */
record ExportedEvent(Map<String, String> columns) {

    /** The envelope columns, first in every export. */
    static final List<String> ENVELOPE = List.of("id", "type", "source", "subject", "time", "streamType", "streamVersion",
            "correlationId", "causationId", "organisation", "topic", "partition", "offset");

    static ExportedEvent of(ConsumerRecord<String, byte[]> record, ObjectMapper mapper) {
        return of(record, mapper, null);
    }

    /** With {@code decryption} (may be null) opening what a grant covers before the other sealed values become pseudonyms. */
    static ExportedEvent of(ConsumerRecord<String, byte[]> record, ObjectMapper mapper, Decryption decryption) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id", header(record, "ce_id"));
        columns.put("type", header(record, "ce_type"));
        columns.put("source", header(record, "ce_source"));
        columns.put("subject", header(record, "ce_subject"));
        columns.put("time", header(record, "ce_time"));
        columns.put("streamType", header(record, "ce_streamtype"));
        columns.put("streamVersion", header(record, "ce_streamversion"));
        columns.put("correlationId", header(record, "ce_correlationid"));
        columns.put("causationId", header(record, "ce_causationid"));
        columns.put("organisation", header(record, "ce_organisation"));
        columns.put("topic", record.topic());
        columns.put("partition", String.valueOf(record.partition()));
        columns.put("offset", String.valueOf(record.offset()));
        byte[] value = record.value();
        try {
            JsonNode data = value == null ? null : mapper.readTree(value);
            if (decryption != null) {
                data = decryption.apply(record.topic(), columns.get("id"), columns.get("type"), data);
            }
            data = data == null ? null : Pseudonyms.apply(data);
            flatten("data", data, columns, mapper);
        } catch (java.io.IOException unreadable) {
            columns.put("data", value == null ? "" : new String(value, StandardCharsets.UTF_8));
        }
        return new ExportedEvent(columns);
    }

    String type() {
        return columns.getOrDefault("type", "");
    }

    String time() {
        return columns.get("time");
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into, ObjectMapper mapper) throws java.io.IOException {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix + "." + field.getKey(), field.getValue(), into, mapper);
            }
        } else if (node.isArray()) {
            into.put(prefix, mapper.writeValueAsString(node));
        } else {
            into.put(prefix, node.asText());
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
