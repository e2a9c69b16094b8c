package org.reformplatform.admissions.mentoring;

import java.time.Instant;
import java.util.UUID;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;

/** What operators and mentor teams ask of a mentor. */
public sealed interface MentorCommand {

    /**
     * @param subject      the mentor's token subject, so that the mentor can act on their own mentorships (optional)
     * @param researcherId the mentor's researcher id (the one partner institutions use in every service), so that a
     *                     venture they co-founded with a candidate is recognised as a conflict of interest (optional)
     */
    record RegisterMentor(MentorId id, String name, MentorKind kind, int capacity, String affiliation, String subject, UUID researcherId,
            Instant at) implements MentorCommand {

        public RegisterMentor(MentorId id, String name, MentorKind kind, int capacity, String affiliation, String subject, Instant at) {
            this(id, name, kind, capacity, affiliation, subject, null, at);
        }
    }

    record ChangeCapacity(int capacity) implements MentorCommand {
    }

    /** Taken in the same transaction as the team change that puts the mentor on a student's team. */
    record TakeMentee(StudentId studentId) implements MentorCommand {
    }

    record ReleaseMentee(StudentId studentId) implements MentorCommand {
    }
}
