package org.reformplatform.eventsourcing.deadline;

import java.time.Instant;
import java.util.Objects;

import org.reformplatform.eventsourcing.domain.Id;

/**
 * A command that falls due for a stream at a moment, as a handler schedules it: {@code
 * mobility.SigningLapse} for an arrangement, due 30 days after its approval.
 *
 * @param name         what falls due, {@code <service>.<Name>}; one pending deadline of a name per stream
 * @param streamId     the stream the command is for
 * @param dueAt        when it falls due, by the platform's clock
 * @param organisation whose deadline it is (partners see their own), or null
 * @param subject      what happens when it falls due, in a line a person reads
 * @param payload      the command's parameters, a record serialised as JSON (or null)
 */
public record Deadline(String name, String streamId, Instant dueAt, String organisation, String subject, Object payload) {

    public Deadline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(subject, "subject");
    }

    public static Deadline of(String name, Id stream, Instant dueAt, String organisation, String subject, Object payload) {
        return new Deadline(name, stream.streamId(), dueAt, organisation, subject, payload);
    }
}
