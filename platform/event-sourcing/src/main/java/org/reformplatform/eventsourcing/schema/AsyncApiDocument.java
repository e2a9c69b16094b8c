package org.reformplatform.eventsourcing.schema;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.privacy.PersonalDataEvent;

/**
 * The AsyncAPI 3.0 description of a service's event topic: the channel, its key, the CloudEvents
 * headers and one message per event type and version, whose payload is the JSON Schema file beside it;
 * and of its erasure topic, which carries copies of the erasure events.
 */
public final class AsyncApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AsyncApiDocument() {
    }

    public static ObjectNode of(String service, List<Class<?>> eventTypes) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", service + "-service events");
        info.put("version", "1.0.0");
        info.put("description", "Every state change of " + service + "-service, as CloudEvents 1.0 in Kafka binary mode on the "
                + service + ".events topic. Records are keyed by the aggregate (stream) id, so each aggregate's events are in order "
                + "within a partition. Retention is infinite: the topic is the full history. Read with isolation.level=read_committed.");
        ObjectNode server = doc.putObject("servers").putObject("local");
        server.put("host", "127.0.0.1:9092");
        server.put("protocol", "kafka");
        server.put("description", "deploy/local; in Kubernetes the Strimzi bootstrap service");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode channel = channels.putObject("events");
        channel.put("address", service + ".events");
        channel.put("description", "Domain events of " + service + "-service, in stream order per key.");
        ObjectNode channelMessages = channel.putObject("messages");
        ObjectNode kafkaChannel = channel.putObject("bindings").putObject("kafka");
        kafkaChannel.put("topic", service + ".events");
        kafkaChannel.putObject("topicConfiguration").put("retention.ms", -1).putArray("cleanup.policy").add("delete");

        ObjectNode operations = doc.putObject("operations");
        ObjectNode operation = operations.putObject("publish" + capitalised(service) + "Events");
        operation.put("action", "send");
        operation.putObject("channel").put("$ref", "#/channels/events");
        var operationMessages = operation.putArray("messages");

        // The erasure requests and reports go to the erasure topic as well, for the other services (OutboxRelay).
        ObjectNode erasures = channels.putObject("erasures");
        erasures.put("address", PlatformSettings.erasureTopic(service));
        erasures.put("description", "Copies of " + service + "-service's erasure requests and reports (the same records as on "
                + service + ".events, in the same Kafka transactions), so that the other services need not read the whole event topic. "
                + "A copy can repeat: take each ce_id once.");
        ObjectNode erasureMessages = erasures.putObject("messages");
        erasures.putObject("bindings").putObject("kafka").put("topic", PlatformSettings.erasureTopic(service))
                .putObject("topicConfiguration").put("retention.ms", -1).putArray("cleanup.policy").add("delete");
        ObjectNode erasureOperation = operations.putObject("publish" + capitalised(service) + "Erasures");
        erasureOperation.put("action", "send");
        erasureOperation.putObject("channel").put("$ref", "#/channels/erasures");
        var erasureOperationMessages = erasureOperation.putArray("messages");

        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        components.putObject("schemas").set("CloudEventHeaders", headers());
        for (Class<?> type : eventTypes) {
            String name = type.getSimpleName() + ".v" + EventSchemas.schemaVersion(type);
            ObjectNode message = messages.putObject(name);
            message.put("name", service + "." + name);
            message.put("title", type.getSimpleName());
            message.put("contentType", "application/json");
            message.putObject("headers").put("$ref", "#/components/schemas/CloudEventHeaders");
            message.putObject("payload").put("$ref", "./" + name + ".schema.json");
            ObjectNode key = message.putObject("bindings").putObject("kafka").putObject("key");
            key.put("type", "string");
            key.put("description", "the stream (aggregate) id, equal to ce_subject");
            channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
            operationMessages.addObject().put("$ref", "#/channels/events/messages/" + name);
            if (PersonalDataEvent.EVENT_TYPES.contains(type.getSimpleName())) {
                erasureMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                erasureOperationMessages.addObject().put("$ref", "#/channels/erasures/messages/" + name);
            }
        }
        return doc;
    }

    private static ObjectNode headers() {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("type", "object");
        schema.put("description", "CloudEvents 1.0 attributes and the platform's extensions, as Kafka record headers (UTF-8 strings)");
        ObjectNode p = schema.putObject("properties");
        header(p, "ce_specversion", "always 1.0");
        header(p, "ce_id", "event id, a UUID unique across the platform: deduplicate on it");
        header(p, "ce_source", "urn:reform-platform:<service>");
        header(p, "ce_type", "<service>.<EventName>.v<schema version>");
        header(p, "ce_subject", "the stream (aggregate) id; equals the record key");
        header(p, "ce_time", "when the event happened, ISO-8601 UTC");
        header(p, "ce_dataschema", "URI of the data's JSON Schema");
        header(p, "content-type", "application/json");
        header(p, "ce_streamtype", "the aggregate type, e.g. Application");
        header(p, "ce_streamversion", "the aggregate's version after this event (1, 2, ...), contiguous per subject");
        header(p, "ce_position", "position in the publishing service's event store");
        header(p, "ce_correlationid", "the business transaction this event belongs to");
        header(p, "ce_causationid", "the request or event that caused this one");
        header(p, "ce_organisation", "the acting organisation, when there is one");
        header(p, "ce_traceparent", "W3C trace context of the originating request, when there was one");
        schema.putArray("required").add("ce_specversion").add("ce_id").add("ce_source").add("ce_type").add("ce_subject").add("ce_time")
                .add("ce_streamversion");
        return schema;
    }

    private static void header(ObjectNode properties, String name, String description) {
        properties.putObject(name).put("type", "string").put("description", description);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
