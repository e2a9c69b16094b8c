package org.reformplatform.messagingtrial;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;

/**
 * The backlog both consumers read: {@value #EVENTS} events of another service ("trialsrc"), about 1 KB
 * each, {@value #EVENTS_PER_STREAM} per stream, written as that service's relay writes them
 * (CloudEvents in binary mode by the kernel's codec, in Kafka transactions of 2,000) before the
 * application, and so either consumer, starts. Event ids follow from the event's number, so that a
 * test knows them without sharing state with the test resource that wrote them.
 */
public final class Backlog {

    public static final String SERVICE = "trialsrc";
    public static final String TOPIC = SERVICE + ".events";
    public static final String TYPE = SERVICE + ".ThingHappened.v1";
    public static final int PARTITIONS = 3;

    /**
     * 20,000 keeps the module's run under two minutes; the figures of record in docs/architecture.md
     * were taken with {@code -Dtrial.backlog=50000}.
     */
    public static final int EVENTS = Integer.getInteger("trial.backlog", 20_000);
    static final int EVENTS_PER_STREAM = 10;
    private static final int TRANSACTION = 2_000;
    private static final String NOTE = "n".repeat(900);

    /** The failure checks' topics (one partition each, so that what was published together is polled together). */
    public static final List<String> FAILURE_TOPICS = List.of(SERVICE + ".refusals", SERVICE + ".refusals-one",
            SERVICE + ".outage", SERVICE + ".outage-fail", "trial.srm-dead-letters", "trial.srm-refusals-dead-letters",
            "trial.srm-refusals-one-dead-letters", "trial.srm-outage-dead-letters");

    private Backlog() {
    }

    public static UUID id(int n) {
        return UUID.nameUUIDFromBytes(("backlog-" + n).getBytes(StandardCharsets.UTF_8));
    }

    public static CloudEvent event(UUID id, String subject, int version, String name) {
        byte[] data = ("{\"name\":\"" + name + "\",\"note\":\"" + NOTE + "\"}").getBytes(StandardCharsets.UTF_8);
        return new CloudEvent(id, "urn:reform-platform:" + SERVICE, TYPE, subject, Instant.now(),
                "https://reform-platform.org/schemas/" + TYPE, "Thing", version, 0, id, id, null, null, data);
    }

    /** Creates the topics and writes the backlog; returns how long the writing took. */
    static long write(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<NewTopic> topics = new java.util.ArrayList<>();
            topics.add(new NewTopic(TOPIC, PARTITIONS, (short) 1));
            FAILURE_TOPICS.forEach(t -> topics.add(new NewTopic(t, 1, (short) 1)));
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap, "trialsrc-relay")) {
            producer.initTransactions();
            int streams = EVENTS / EVENTS_PER_STREAM;
            String[] subjects = new String[streams];
            for (int s = 0; s < streams; s++) {
                subjects[s] = UUID.nameUUIDFromBytes(("stream-" + s).getBytes(StandardCharsets.UTF_8)).toString();
            }
            int n = 0;
            // Streams interleaved, as concurrent writers leave them; each stream in version order.
            for (int version = 1; version <= EVENTS_PER_STREAM; version++) {
                for (int s = 0; s < streams; s++) {
                    if (n % TRANSACTION == 0) {
                        producer.beginTransaction();
                    }
                    producer.send(CloudEventCodec.toRecord(TOPIC, event(id(n), subjects[s], version, "thing-" + n)));
                    n++;
                    if (n % TRANSACTION == 0 || n == EVENTS) {
                        producer.commitTransaction();
                    }
                }
            }
        }
        return System.nanoTime() - started;
    }

    /** Publishes things of these names on a topic in one Kafka transaction, as one stream; returns their event ids in order. */
    public static List<UUID> publish(String bootstrap, String topic, List<String> names) {
        List<UUID> ids = new java.util.ArrayList<>();
        String subject = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap, "trialsrc-" + UUID.randomUUID())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (int i = 0; i < names.size(); i++) {
                UUID id = UUID.randomUUID();
                producer.send(CloudEventCodec.toRecord(topic, event(id, subject, i + 1, names.get(i))));
                ids.add(id);
            }
            producer.commitTransaction();
        }
        return ids;
    }

    /** A producer as the relay's: transactional, idempotent, acks from all, LZ4, large batches. */
    static KafkaProducer<String, byte[]> producer(String bootstrap, String transactionalId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 100,
                ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer());
    }
}
