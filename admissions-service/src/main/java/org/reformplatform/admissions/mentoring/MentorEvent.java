package org.reformplatform.admissions.mentoring;

import java.time.Instant;
import java.util.UUID;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens to a mentor. Published on {@code admissions.events}. */
public sealed interface MentorEvent {

    MentorId mentorId();

    /** {@code researcherId}: the mentor as a researcher, when the operator knows it (null before, and when not known). */
    record MentorRegistered(MentorId mentorId, @NotPersonalData(NotPersonalData.ACTING_IN_ROLE) String name, MentorKind kind, int capacity, String affiliation, String subject,
            Instant registeredAt, UUID researcherId) implements MentorEvent {

        public MentorRegistered(MentorId mentorId, String name, MentorKind kind, int capacity, String affiliation, String subject,
                Instant registeredAt) {
            this(mentorId, name, kind, capacity, affiliation, subject, registeredAt, null);
        }
    }

    record MentorCapacityChanged(MentorId mentorId, int capacity) implements MentorEvent {
    }

    /** The mentor took one of their places for this student. */
    record MenteeTaken(MentorId mentorId, StudentId studentId) implements MentorEvent {
    }

    /** The mentorship ended or was re-matched: the place is free again. */
    record MenteeReleased(MentorId mentorId, StudentId studentId) implements MentorEvent {
    }
}
