package org.reformplatform.eventsourcing.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec.MalformedCloudEvent;
import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.store.StoredEvent;

/**
 * A consumer loop, on a thread of its own: of every projection of the service's own events
 * together (one consumer group, {@code <service>.projections}, fanning each polled batch out to
 * each projection), or of every handler of other services' events together ({@code <service>.handlers},
 * subscribed to the topics any of them reads; each handler is given the records of its own topics
 * and types). One consumer for all instead of one each: the broker served a fetch loop per
 * projection and handler (some thirty in all, each polling when idle), and a batch is decoded once.
 *
 * <p>A polled batch is applied in one transaction, together with the record of what was taken
 * (stream cursors for projections, processed-event ids for handlers); the offsets are committed to
 * Kafka only after that transaction committed, at most once a second ({@link OffsetCommits}). An
 * event refused for a reason of its own goes to the dead-letter topic and the rest of the batch
 * goes on. If the failure is the infrastructure's (database or broker away, a concurrent writer),
 * nothing is dead-lettered: the batch is read again after a pause.
 */
final class SubscriptionWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(SubscriptionWorker.class);
    /** How often the offsets of applied batches go to the broker: they bound what a restart reads again (see {@link OffsetCommits}). */
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);

    private record Delivery(ConsumerRecord<String, byte[]> record, CloudEvent event) {
    }

    private final List<Subscriber> subscribers;
    private final String name;
    private final Projections.Dependencies deps;
    private final String groupId;
    private final AtomicLong lag = new AtomicLong();
    private volatile Instant lastAppliedEventTime;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    /**
     * @param name the consumer group is {@code <service>.<name>}
     * @param subscribers subscribers of the same topics
     */
    SubscriptionWorker(String name, List<Subscriber> subscribers, Projections.Dependencies deps) {
        this.name = name;
        this.subscribers = List.copyOf(subscribers);
        this.deps = deps;
        this.groupId = deps.settings().service() + "." + name;
    }

    void start() {
        thread = new Thread(this, "consumer-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Every topic some subscriber reads, in the order they name them. */
    private List<String> topics() {
        Set<String> topics = new java.util.LinkedHashSet<>();
        subscribers.forEach(s -> topics.addAll(s.topics()));
        return List.copyOf(topics);
    }

    long lag() {
        return lag.get();
    }

    double lagSeconds() {
        Instant last = lastAppliedEventTime;
        return last == null || lag.get() == 0 ? 0 : Math.max(0, Duration.between(last, Instant.now()).toMillis() / 1000.0);
    }

    @Override
    public void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = deps.clients().consumer(groupId, deps.settings().projectionBatchSize())) {
                consumer = c;
                OffsetCommits offsets = new OffsetCommits(c, COMMIT_INTERVAL, name);
                c.subscribe(topics(), offsets);
                long backoff = 200;
                try {
                    while (running) {
                        // Records arrive as soon as the broker has them, whatever the timeout; stopping wakes the poll up.
                        // A short timeout only spun the loop (and the lag gauge) four times a second when idle.
                        ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(1000));
                        if (!records.isEmpty()) {
                            if (process(records)) {
                                offsets.applied(records);
                                backoff = 200;
                            } else {
                                rewind(c, records);
                                Thread.sleep(backoff);
                                backoff = Math.min(backoff * 2, 2000);
                            }
                        }
                        offsets.whenDue();
                        updateLag(c);
                    }
                } finally {
                    offsets.now();
                }
            } catch (WakeupException | InterruptException e) {
                // stopping
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("consumer %s: failed, reconnecting: %s", name, e.toString());
                    sleepQuietly(1000);
                }
            } finally {
                consumer = null;
            }
        }
    }

    /** Applies the batch to every subscriber; false when it must be read again later (nothing was lost or skipped). */
    private boolean process(ConsumerRecords<String, byte[]> records) {
        List<Delivery> deliveries = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                deliveries.add(new Delivery(record, CloudEventCodec.fromRecord(record)));
            } catch (MalformedCloudEvent | IllegalArgumentException e) {
                for (Subscriber subscriber : subscribers) {
                    if (subscriber.topics().contains(record.topic()) && !deadLetterUnreadable(subscriber, record, e)) {
                        return false;
                    }
                }
            }
        }
        Map<Subscriber, List<Delivery>> fannedOut = new LinkedHashMap<>();
        for (Subscriber subscriber : subscribers) {
            List<String> itsTopics = subscriber.topics();
            List<Delivery> wanted = deliveries.stream().filter(d -> itsTopics.contains(d.record().topic()) && subscriber.wants(d.event())).toList();
            if (!wanted.isEmpty()) {
                fannedOut.put(subscriber, wanted);
            }
        }
        Together together = applyTogether(fannedOut);
        if (together == Together.RETRY) {
            return false;
        }
        if (together == Together.ONE_BY_ONE) {
            // Each subscriber in transactions of its own; when one must read the batch again, those that
            // took it already pass over it then (cursors, processed-event ids).
            for (Map.Entry<Subscriber, List<Delivery>> fed : fannedOut.entrySet()) {
                if (!process(fed.getKey(), fed.getValue())) {
                    return false;
                }
            }
        }
        if (!deliveries.isEmpty()) {
            lastAppliedEventTime = deliveries.get(deliveries.size() - 1).event().time();
        }
        return true;
    }

    /** What became of a batch offered to every subscriber in one transaction. */
    private enum Together {
        APPLIED, RETRY, ONE_BY_ONE
    }

    /**
     * The usual case, in one transaction for all subscribers: a transaction each cost a commit and
     * its bookkeeping per projection for every batch (ten commits per submission in admissions at one
     * client). If any subscriber refuses an event, or the transaction fails at commit, all of it rolls
     * back and each subscriber takes the batch in transactions of its own, which finds the event at
     * fault and dead-letters it for that subscriber alone; a failure of the infrastructure's has the
     * batch read again.
     */
    private Together applyTogether(Map<Subscriber, List<Delivery>> fannedOut) {
        if (fannedOut.size() < 2) {
            return Together.ONE_BY_ONE;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                LiveUpdates.enter(deps.transactions(), fannedOut.keySet().stream().flatMap(s -> s.liveUpdates().stream()).toList());
                // The projections all through one call, so that their cursors are locked in one statement, in
                // the order commands lock their inline projections' in (see Projector.applyEachAfterInline).
                Map<ProjectionSubscriber, List<CloudEvent>> projections = new LinkedHashMap<>();
                fannedOut.forEach((subscriber, wanted) -> {
                    List<CloudEvent> events = wanted.stream().map(Delivery::event).toList();
                    if (subscriber instanceof ProjectionSubscriber projection) {
                        projections.put(projection, events);
                    } else if (!subscriber.apply(events, Set.of()).isEmpty()) {
                        // Nothing was named refused, so nothing can have been taken as refused.
                        throw new IllegalStateException(subscriber.name() + " dead-lettered events it was not told of");
                    }
                });
                ProjectionSubscriber.applyTogether(projections);
            });
        } catch (RuntimeException failure) {
            if (Failures.isTransient(failure)) {
                LOG.debugf("consumer %s: batch will be retried: %s", name, failure.toString());
                return Together.RETRY;
            }
            LOG.debugf("consumer %s: batch refused together, applying it subscriber by subscriber: %s", name, failure.toString());
            return Together.ONE_BY_ONE;
        }
        fannedOut.forEach((subscriber, wanted) -> deps.metrics().applied(subscriber.name(), wanted.size()));
        return Together.APPLIED;
    }

    private boolean process(Subscriber subscriber, List<Delivery> wanted) {
        try {
            apply(subscriber, wanted);
            return true;
        } catch (RuntimeException failure) {
            if (Failures.isTransient(failure)) {
                LOG.debugf("projection %s: batch will be retried: %s", subscriber.name(), failure.toString());
                return false;
            }
            // Refused at commit, not inside the projection (a constraint, say): find the event at fault.
            for (Delivery delivery : wanted) {
                try {
                    applyAlone(subscriber, delivery);
                } catch (RuntimeException again) {
                    LOG.debugf("projection %s: will retry %s: %s", subscriber.name(), delivery.event().id(), again.toString());
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Applies the batch in one transaction. An event refused for a reason of its own is taken out
     * and the batch applied again without it, the refused event dead-lettered in that very
     * transaction: its record as taken commits only after the broker acknowledged the dead letter,
     * so a failed send is retried rather than lost, and a redelivery is not sent twice.
     */
    private void apply(Subscriber subscriber, List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        List<CloudEvent> events = deliveries.stream().map(Delivery::event).toList();
        Map<UUID, EventRefused> reasons = new HashMap<>();
        Refusals.apply(new HashSet<>(), passOver -> QuarkusTransaction.requiringNew().call(() -> {
            subscriber.liveUpdates().ifPresent(projection -> LiveUpdates.enter(deps.transactions(), projection));
            for (StoredEvent event : subscriber.apply(events, passOver)) {
                sendToDeadLetters(subscriber, deliveries, event, reasons.get(event.eventId()));
            }
            return null;
        }), refusal -> reasons.put(refusal.event().eventId(), refusal));
        deps.metrics().applied(subscriber.name(), deliveries.size());
    }

    /** One event in a transaction of its own; refused at commit, it is dead-lettered. */
    private void applyAlone(Subscriber subscriber, Delivery delivery) {
        try {
            apply(subscriber, List.of(delivery));
        } catch (RuntimeException failure) {
            if (Failures.isTransient(failure)) {
                throw failure;
            }
            EventRefused refusal = new EventRefused(Delivered.asStored(delivery.event(), deps.codec()), failure);
            QuarkusTransaction.requiringNew().run(() -> {
                subscriber.liveUpdates().ifPresent(projection -> LiveUpdates.enter(deps.transactions(), projection));
                for (StoredEvent event : subscriber.apply(List.of(delivery.event()), Set.of(delivery.event().id()))) {
                    sendToDeadLetters(subscriber, List.of(delivery), event, refusal);
                }
            });
        }
    }

    private void sendToDeadLetters(Subscriber subscriber, List<Delivery> deliveries, StoredEvent event, EventRefused reason) {
        Throwable cause = reason == null ? new IllegalStateException("refused") : reason.getCause() == null ? reason : reason.getCause();
        try {
            ConsumerRecord<String, byte[]> record = deliveries.stream().map(Delivery::record)
                    .filter(r -> event.eventId().equals(CloudEventCodec.idOf(r))).findFirst().orElse(null);
            if (record != null) {
                deps.deadLetters().send(record, subscriber.name(), cause);
            } else {
                // An event that had waited for a missing one, refused when it was released.
                deps.deadLetters().send(deps.envelopes().toCloudEvent(event), subscriber.name(), cause);
            }
            deps.status().deadLettered(subscriber.name());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not dead-letter " + event.eventId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A record that is not a readable event has no stream to keep in order: it is known by where it
     * is, so that reading it again (a restart, a rewound group) does not dead-letter it twice.
     */
    private boolean deadLetterUnreadable(Subscriber subscriber, ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        try {
            UUID claimed = DeadLetterLog.eventIdOf(record);
            QuarkusTransaction.requiringNew().run(() -> {
                if (!deps.processed().claim(subscriber.name(), List.of(claimed), "dead-lettered").isEmpty()) {
                    try {
                        deps.deadLetters().send(record, subscriber.name(), reason);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("projection %s: could not dead-letter %s-%d@%d, will retry: %s", subscriber.name(),
                    record.topic(), record.partition(), record.offset(), e.toString());
            return false;
        }
    }

    private static void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            c.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private void updateLag(KafkaConsumer<String, byte[]> c) {
        long total = 0;
        for (TopicPartition partition : c.assignment()) {
            total += c.currentLag(partition).orElse(0);
        }
        lag.set(total);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
