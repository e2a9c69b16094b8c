package org.reformplatform.eventsourcing.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

/**
 * The consumer loop of one projection or handler, on a thread of its own.
 *
 * <p>A polled batch is applied in one transaction, together with the processed-event records; the
 * offsets are committed to Kafka only after that transaction committed. If the batch fails, each
 * event is tried in a transaction of its own, and an event that still fails for a reason of its own
 * goes to the dead-letter topic. If the failure is the infrastructure's (database or broker away,
 * a concurrent writer), nothing is dead-lettered: the batch is read again after a pause.
 */
final class SubscriptionWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(SubscriptionWorker.class);

    /** Signals that the projection is being rebuilt: its live feed waits. */
    static final class Paused extends RuntimeException {
        Paused() {
            super("rebuilding", null, false, false);
        }
    }

    private record Delivery(ConsumerRecord<String, byte[]> record, CloudEvent event, RuntimeException poison) {
    }

    private final Subscriber subscriber;
    private final Projections.Dependencies deps;
    private final String groupId;
    private final AtomicLong lag = new AtomicLong();
    private volatile Instant lastAppliedEventTime;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    SubscriptionWorker(Subscriber subscriber, Projections.Dependencies deps) {
        this.subscriber = subscriber;
        this.deps = deps;
        this.groupId = deps.settings().service() + "." + subscriber.name();
    }

    void start() {
        thread = new Thread(this, "projection-" + subscriber.name());
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
                c.subscribe(subscriber.topics());
                long backoff = 200;
                while (running) {
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(250));
                    if (!records.isEmpty()) {
                        if (process(records)) {
                            c.commitSync();
                            backoff = 200;
                        } else {
                            rewind(c, records);
                            Thread.sleep(backoff);
                            backoff = Math.min(backoff * 2, 2000);
                        }
                    }
                    updateLag(c);
                }
            } catch (WakeupException | InterruptException e) {
                // stopping
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("projection %s: consumer failed, reconnecting: %s", subscriber.name(), e.toString());
                    sleepQuietly(1000);
                }
            } finally {
                consumer = null;
            }
        }
    }

    /** Applies the batch; false when it must be read again later (nothing was lost or skipped). */
    private boolean process(ConsumerRecords<String, byte[]> records) {
        List<Delivery> wanted = new ArrayList<>();
        List<Delivery> poison = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                CloudEvent event = CloudEventCodec.fromRecord(record);
                if (subscriber.wants(event)) {
                    wanted.add(new Delivery(record, event, null));
                }
            } catch (MalformedCloudEvent | IllegalArgumentException e) {
                poison.add(new Delivery(record, null, e));
            }
        }
        try {
            apply(wanted);
        } catch (Paused paused) {
            return false;
        } catch (RuntimeException batchFailure) {
            if (Failures.isTransient(batchFailure)) {
                LOG.debugf("projection %s: batch will be retried: %s", subscriber.name(), batchFailure.toString());
                return false;
            }
            for (Delivery delivery : wanted) {
                try {
                    apply(List.of(delivery));
                } catch (Paused paused) {
                    return false;
                } catch (RuntimeException failure) {
                    if (Failures.isTransient(failure)) {
                        return false;
                    }
                    if (!deadLetter(delivery, failure)) {
                        return false;
                    }
                }
            }
        }
        for (Delivery delivery : poison) {
            if (!deadLetter(delivery, delivery.poison())) {
                return false;
            }
        }
        return true;
    }

    private void apply(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        Set<UUID> ids = new LinkedHashSet<>();
        deliveries.forEach(d -> ids.add(d.event().id()));
        QuarkusTransaction.requiringNew().run(() -> {
            deps.status().requireLive(subscriber.name());
            Set<UUID> fresh = deps.processed().claim(subscriber.name(), ids, "applied");
            for (Delivery delivery : deliveries) {
                // remove(): an event twice in one batch is applied once
                if (fresh.remove(delivery.event().id())) {
                    subscriber.deliver(delivery.event());
                }
            }
        });
        deps.metrics().applied(subscriber.name(), deliveries.size());
        lastAppliedEventTime = deliveries.get(deliveries.size() - 1).event().time();
    }

    /**
     * Sends one record to the dead-letter topic; false if that failed too (the batch is retried).
     * The record of it as processed commits only after the broker acknowledged the dead letter, so
     * that a failed send is retried rather than lost, and a redelivery is not sent twice.
     */
    private boolean deadLetter(Delivery delivery, Throwable reason) {
        try {
            UUID id = delivery.event() != null ? delivery.event().id() : CloudEventCodec.idOf(delivery.record());
            if (id == null) {
                // A record without a readable event id is known by where it is, so that reading it
                // again (a restart, a rewound group) does not dead-letter it twice.
                ConsumerRecord<String, byte[]> r = delivery.record();
                id = UUID.nameUUIDFromBytes((r.topic() + "/" + r.partition() + "/" + r.offset()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            UUID claimed = id;
            QuarkusTransaction.requiringNew().call(() -> {
                boolean fresh = !deps.processed().claim(subscriber.name(), List.of(claimed), "dead-lettered").isEmpty();
                if (fresh) {
                    deps.deadLetters().send(delivery.record(), subscriber.name(), reason);
                }
                return fresh;
            });
            return true;
        } catch (Exception e) {
            LOG.warnf("projection %s: could not dead-letter %s-%d@%d, will retry: %s", subscriber.name(),
                    delivery.record().topic(), delivery.record().partition(), delivery.record().offset(), e.toString());
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
