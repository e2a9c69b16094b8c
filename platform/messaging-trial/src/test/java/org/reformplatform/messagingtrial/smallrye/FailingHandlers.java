package org.reformplatform.messagingtrial.smallrye;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.projection.ProcessedEvents;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.eventsourcing.store.EventStore.StoreFailure;

/**
 * Handlers on SmallRye batch channels that fail as the kernel's handlers must survive failing: one
 * refuses an event of its batch (a defect, or an event it cannot take), the others meet the database
 * away for one transaction. Each claims its batch in processed_events in one transaction, as
 * {@link SmallRyeBacklog} does, and throws from inside it; what the connector then does is the test's
 * subject ({@code SmallRyeFailuresTest}).
 */
@ApplicationScoped
public class FailingHandlers {

    /** A thing whose name starts with this is refused. */
    public static final String REFUSED = "refused:";

    private final Map<String, List<List<UUID>>> calls = new ConcurrentHashMap<>();
    private final AtomicBoolean outageOnce = new AtomicBoolean();
    private final AtomicBoolean outageFailOnce = new AtomicBoolean();

    @Inject
    ProcessedEvents processed;

    @Inject
    EventCodec codec;

    /** Each call of a channel's handler: the event ids of the batch it was given, in order. */
    public List<List<UUID>> calls(String channel) {
        return List.copyOf(calls.getOrDefault(channel, List.of()));
    }

    /** The next transaction of the outage channel fails as if the database were away. */
    public void failNextTransaction(String channel) {
        (channel.equals("outage") ? outageOnce : outageFailOnce).set(true);
    }

    @Incoming("refusals")
    @Blocking
    public void refusals(ConsumerRecords<String, byte[]> records) {
        List<CloudEvent> events = read("refusals", records);
        QuarkusTransaction.requiringNew().run(() -> {
            processed.claim("smallrye-refusals", events.stream().map(CloudEvent::id).toList(), "applied");
            for (CloudEvent event : events) {
                String name = name(event);
                if (name.startsWith(REFUSED)) {
                    throw new IllegalArgumentException("cannot take " + name + " (the refusal under test)");
                }
            }
        });
    }

    /**
     * The best a handler can do with the connector: take the batch's other events in its transaction,
     * then nack the refused record alone (its dead letter is sent by the connector, after the
     * transaction committed) and acknowledge the batch.
     */
    @Incoming("refusals-one")
    @Blocking
    public CompletionStage<Void> refusalsOne(KafkaRecordBatch<String, byte[]> batch) {
        @SuppressWarnings("unchecked")
        ConsumerRecords<String, byte[]> records = batch.getMetadata(IncomingKafkaRecordBatchMetadata.class).orElseThrow().getRecords();
        List<UUID> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (CloudEvent event : read("refusals-one", records)) {
            if (name(event).startsWith(REFUSED)) {
                refused.add(event.id().toString());
            } else {
                accepted.add(event.id());
            }
        }
        QuarkusTransaction.requiringNew().run(() -> processed.claim("smallrye-refusals-one", accepted, "applied"));
        CompletableFuture<?>[] deadLetters = batch.getRecords().stream()
                .filter(r -> refused.contains(CloudEventCodec.get(r.getHeaders(), "ce_id")))
                .map(r -> r.nack(new IllegalArgumentException("cannot take " + CloudEventCodec.get(r.getHeaders(), "ce_id")
                        + " (the refusal under test)")).toCompletableFuture())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deadLetters).thenCompose(done -> batch.ack());
    }

    @Incoming("outage")
    @Blocking
    public void outage(ConsumerRecords<String, byte[]> records) {
        applyOrMeetOutage("outage", records, outageOnce);
    }

    @Incoming("outage-fail")
    @Blocking
    public void outageFail(ConsumerRecords<String, byte[]> records) {
        applyOrMeetOutage("outage-fail", records, outageFailOnce);
    }

    private void applyOrMeetOutage(String channel, ConsumerRecords<String, byte[]> records, AtomicBoolean once) {
        List<CloudEvent> events = read(channel, records);
        QuarkusTransaction.requiringNew().run(() -> {
            List<UUID> ids = events.stream().map(CloudEvent::id).toList();
            // Half the batch applied, then the connection is gone: the transaction cannot commit.
            processed.claim("smallrye-" + channel, ids.subList(0, ids.size() / 2), "applied");
            if (once.getAndSet(false)) {
                throw new StoreFailure("the database went away mid-batch",
                        new SQLTransientConnectionException("I/O error: connection reset (simulated)", "08006"));
            }
            processed.claim("smallrye-" + channel, ids.subList(ids.size() / 2, ids.size()), "applied");
        });
    }

    private List<CloudEvent> read(String channel, ConsumerRecords<String, byte[]> records) {
        List<CloudEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            events.add(CloudEventCodec.fromRecord(record));
        }
        calls.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(events.stream().map(CloudEvent::id).toList());
        return events;
    }

    private String name(CloudEvent event) {
        try {
            return codec.mapper().readTree(event.data()).path("name").asText();
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }
}
