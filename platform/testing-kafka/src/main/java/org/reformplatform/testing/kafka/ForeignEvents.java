package org.reformplatform.testing.kafka;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;

/**
 * Publishes events as another service would: CloudEvents in Kafka binary mode on that service's
 * topic of the real test broker, with the documented data fields only.
 */
public final class ForeignEvents {

    private ForeignEvents() {
    }

    /** Publishes {@code <service>.<name>.v1} on {@code <service>.events}; returns the event id. */
    public static UUID publish(String service, String name, String subject, Object data) {
        return publishRaw(service, service + "." + name + ".v1", subject, json(data));
    }

    /** Publishes an event of any type with any data, even data that is not JSON; returns the event id. */
    public static UUID publishRaw(String service, String type, String subject, byte[] data) {
        UUID id = UUID.randomUUID();
        publish(service, new CloudEvent(id, "urn:reform-platform:" + service, type, subject, Instant.now(),
                "https://reform-platform.org/schemas/" + type, "Test", 1, 1, UUID.randomUUID(), null, null, null, data));
        return id;
    }

    /** Publishes this very event on {@code <service>.events}: to deliver one a second time, say. */
    public static void publish(String service, CloudEvent event) {
        String topic = service + ".events";
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        ensureTopic(bootstrap, topic);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventCodec.toRecord(topic, event)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.type(), e);
        }
    }

    private static void ensureTopic(String bootstrap, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data as the other service would write it: JSON. */
    public static byte[] json(Object data) {
        try {
            return new ObjectMapper().writeValueAsBytes(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
