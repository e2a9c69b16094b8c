package org.reformplatform.eventsourcing.projection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.messaging.CloudEvent;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec;
import org.reformplatform.eventsourcing.messaging.CloudEventCodec.MalformedCloudEvent;
import org.reformplatform.eventsourcing.ops.Failures;
import org.reformplatform.eventsourcing.projection.DeadLetterLog.Letter;

/**
 * What an operator does with a dead letter once the cause is fixed: replay it through the path it
 * was refused on, or discard it with a reason. Both are recorded on the letter (who, when, what).
 *
 * <p>Replay goes through the consumer's ordinary, idempotent path. A handler of another service's
 * events takes the event again in one transaction: its "dead-lettered" mark in processed_events is
 * replaced by "applied" and the handler runs, so a replay that is retried, or that races a
 * redelivery, applies it once. A projection keeps each stream in version order, and the streams
 * have moved on since, so one event cannot be slipped in alone: its replay is a rebuild of the
 * projection (beside the live copy, swapped in when caught up), which applies every event again,
 * the refused ones included.
 */
@ApplicationScoped
public class DeadLetterOperations {

    /** What a replay of several letters did. */
    public record ReplayReport(List<Letter> replayed, List<Letter> stillRefused, List<String> rebuildsStarted) {
    }

    @Inject
    DeadLetterLog log;

    @Inject
    Projections projections;

    @Inject
    ProcessedEvents processed;

    /**
     * Replays one letter; an already replayed letter is answered as it is (a retried request is safe).
     *
     * @throws RuleViolation 404 if there is no such letter, 409 if it was discarded or is still refused
     */
    public Letter replay(UUID id, String operator) {
        Letter letter = letter(id);
        if ("DISCARDED".equals(letter.status())) {
            throw RuleViolation.conflict("dead-letter-discarded", "Dead letter " + id + " was discarded: " + letter.resolution())
                    .with("letter", letter.id());
        }
        if ("REPLAYED".equals(letter.status())) {
            return letter;
        }
        Subscriber subscriber = projections.subscriber(letter.consumer()).orElseThrow(() -> RuleViolation.conflict("unknown-consumer",
                "This version of the service has no projection or handler named " + letter.consumer() + "; discard the letter with a reason"));
        if (subscriber.rebuildable() != null) {
            boolean started = projections.rebuild(letter.consumer()).orElse(false);
            resolveAllOpen(letter.consumer(), operator, (started ? "rebuild of " : "rebuild already running of ") + letter.consumer()
                    + " replays every event of its streams in order, this one included; one it still refuses is counted in the projection's "
                    + "status (refused, lastError)");
            return letter(id);
        }
        retake(subscriber, letter, operator);
        return letter(id);
    }

    /** Replays every open letter, of one consumer or of all; each on its own, so one still refused does not hold back the rest. */
    public ReplayReport replayAll(Optional<String> consumer, String operator) {
        consumer.filter(name -> projections.subscriber(name).isEmpty()).ifPresent(name -> {
            throw RuleViolation.notFound("unknown-consumer", "This service has no projection or handler named " + name);
        });
        List<Letter> replayed = new ArrayList<>();
        List<Letter> stillRefused = new ArrayList<>();
        Set<String> rebuilds = new LinkedHashSet<>();
        for (Letter letter : log.open(consumer)) {
            if (rebuilds.contains(letter.consumer())) {
                continue;
            }
            try {
                Letter done = replay(letter.id(), operator);
                if (projections.subscriber(letter.consumer()).map(s -> s.rebuildable() != null).orElse(false)) {
                    rebuilds.add(letter.consumer());
                }
                replayed.add(done);
            } catch (RuleViolation refused) {
                stillRefused.add(letter(letter.id()));
            }
        }
        return new ReplayReport(replayed, stillRefused, List.copyOf(rebuilds));
    }

    /** Closes a letter without replaying it; the reason is required and kept. Discarding twice answers the first discard. */
    public Letter discard(UUID id, String reason, String operator) {
        Letter letter = letter(id);
        if ("REPLAYED".equals(letter.status())) {
            throw RuleViolation.conflict("dead-letter-replayed", "Dead letter " + id + " was already replayed: " + letter.resolution())
                    .with("letter", letter.id());
        }
        if ("OPEN".equals(letter.status())) {
            QuarkusTransaction.requiringNew().run(() -> log.resolve(id, "DISCARDED", operator, reason));
        }
        return letter(id);
    }

    private void retake(Subscriber handler, Letter letter, String operator) {
        ConsumerRecord<String, byte[]> record = QuarkusTransaction.requiringNew().call(() -> log.record(letter.id()));
        CloudEvent event;
        try {
            event = CloudEventCodec.fromRecord(record);
        } catch (MalformedCloudEvent unreadable) {
            throw stillRefused(letter, "the record is still not a readable event: " + unreadable.getMessage());
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                processed.forget(handler.name(), event.id(), "dead-lettered");
                handler.apply(List.of(event), Set.of());
                log.resolve(letter.id(), "REPLAYED", operator, "handled again by " + handler.name());
            });
        } catch (RuntimeException refusal) {
            if (Failures.isTransient(refusal)) {
                throw refusal;
            }
            Throwable cause = refusal instanceof EventRefused && refusal.getCause() != null ? refusal.getCause() : refusal;
            throw stillRefused(letter, DeadLetters.describe(cause));
        }
    }

    private void resolveAllOpen(String consumer, String operator, String resolution) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Letter open : log.open(Optional.of(consumer))) {
                log.resolve(open.id(), "REPLAYED", operator, resolution);
            }
        });
    }

    private Letter letter(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> log.find(id))
                .orElseThrow(() -> RuleViolation.notFound("unknown-dead-letter", "There is no dead letter " + id));
    }

    private static RuleViolation stillRefused(Letter letter, String reason) {
        return RuleViolation.conflict("still-refused", letter.consumer() + " still refuses event " + letter.eventId() + ": " + reason
                + ". The letter stays open; fix the cause and replay it again, or discard it with a reason.").with("letter", letter.id());
    }
}
