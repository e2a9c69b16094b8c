package org.reformplatform.incubation.industryeducation;

import java.time.Instant;
import java.util.List;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/**
 * A mentor this service learnt of from admissions-service's {@code MentorRegistered} (consumed, never
 * called): placements name them by their mentorId as an academic (full-time, part-time) or industry mentor.
 */
public record KnownMentor(KnownMentorId id, String name, MentorKind kind, String affiliation, Instant registeredAt) {

    public static final AggregateType<KnownMentor, Command, Event> TYPE = new AggregateType<>("KnownMentor", new Lifecycle());

    public static final KnownMentor NONE = new KnownMentor(null, null, null, null, null);

    public boolean exists() {
        return id != null;
    }

    /** What the consumer of admissions' events sends. */
    public sealed interface Command {
    }

    public record RecordMentor(KnownMentorId id, String name, MentorKind kind, String affiliation, Instant registeredAt) implements Command {
    }

    /** Published on {@code incubation.events}. */
    public sealed interface Event {
        KnownMentorId mentorId();
    }

    /** A mentor registered in admissions-service is known here. */
    public record MentorRecorded(KnownMentorId mentorId, @NotPersonalData(NotPersonalData.ACTING_IN_ROLE) String name, MentorKind kind, String affiliation, Instant registeredAt)
            implements Event {
    }

    static final class Lifecycle implements Decider<KnownMentor, Command, Event> {

        @Override
        public KnownMentor initialState() {
            return NONE;
        }

        @Override
        public List<Event> decide(Command command, KnownMentor state) {
            RecordMentor record = (RecordMentor) command;
            // A redelivered or re-published registration changes nothing.
            return state.exists() ? List.of()
                    : List.of(new MentorRecorded(record.id(), record.name(), record.kind(), record.affiliation(), record.registeredAt()));
        }

        @Override
        public KnownMentor evolve(KnownMentor state, Event event) {
            MentorRecorded r = (MentorRecorded) event;
            return new KnownMentor(r.mentorId(), r.name(), r.kind(), r.affiliation(), r.registeredAt());
        }
    }
}
