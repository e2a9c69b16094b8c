package org.reformplatform.admissions.mentoring;

import java.time.Instant;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens to a mentor. Published on {@code admissions.events}. */
public sealed interface MentorEvent {

    MentorId mentorId();

    record MentorRegistered(MentorId mentorId, @NotPersonalData(NotPersonalData.ACTING_IN_ROLE) String name, MentorKind kind, int capacity, String affiliation, String subject,
            Instant registeredAt) implements MentorEvent {
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
