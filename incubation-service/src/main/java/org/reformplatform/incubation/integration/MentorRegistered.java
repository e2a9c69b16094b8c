package org.reformplatform.incubation.integration;

import java.time.Instant;
import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.incubation.industryeducation.KnownMentor.RecordMentor;
import org.reformplatform.incubation.industryeducation.KnownMentorId;
import org.reformplatform.incubation.industryeducation.MentorKind;

/**
 * What this service reads of admissions-service's {@code MentorRegistered}: a mentor placements may
 * name as their academic (full-time, part-time) or industry mentor. The id, name and kind are what a
 * placement stands on; an event without them is refused (dead-lettered).
 */
@Contract(event = "admissions.MentorRegistered", version = 1)
record MentorRegistered(
        UUID mentorId,
        String name,
        MentorKind kind,
        @Contract.Optional String affiliation,
        @Contract.Optional Instant registeredAt) {

    RecordMentor record() {
        return new RecordMentor(new KnownMentorId(mentorId), name, kind, affiliation, registeredAt);
    }
}
