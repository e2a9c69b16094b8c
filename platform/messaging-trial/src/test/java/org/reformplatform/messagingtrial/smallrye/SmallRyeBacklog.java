package org.reformplatform.messagingtrial.smallrye;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.projection.ProcessedEvents;
import org.reformplatform.eventsourcing.store.EventCodec;
import org.reformplatform.messagingtrial.Drain;
import org.reformplatform.messagingtrial.Drains;

/**
 * The backlog taken by SmallRye's Kafka connector: a batch channel (a poll's records at once),
 * blocking, the batch's events claimed in processed_events in one transaction of its own; the
 * connector acknowledges the batch when the method returns and commits the offsets after that
 * (its default {@code throttled} strategy). Each record is read as the kernel reads it (its codec, the
 * data parsed as JSON), so that the two paths do the same work per event.
 */
@ApplicationScoped
public class SmallRyeBacklog {

    @Inject
    ProcessedEvents processed;

    @Inject
    EventCodec codec;

    @Inject
    Drains drains;

    @Incoming("backlog")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        Drain drain = drains.smallrye();
        drain.received();
        List<UUID> ids = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event = CloudEventCodec.fromRecord(record);
            try {
                codec.mapper().readTree(event.data());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ids.add(event.id());
        }
        int fresh = QuarkusTransaction.requiringNew().call(() -> processed.claim(Drains.SMALLRYE, ids, "applied").size());
        drain.committed(fresh, ids.size());
    }
}
