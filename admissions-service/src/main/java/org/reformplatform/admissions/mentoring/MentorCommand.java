package org.reformplatform.admissions.mentoring;

import java.time.Instant;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;

/** What operators and mentor teams ask of a mentor. */
public sealed interface MentorCommand {

    /** @param subject the mentor's token subject, so that the mentor can act on their own mentorships (optional) */
    record RegisterMentor(MentorId id, String name, MentorKind kind, int capacity, String affiliation, String subject, Instant at)
            implements MentorCommand {
    }

    record ChangeCapacity(int capacity) implements MentorCommand {
    }

    /** Taken in the same transaction as the team change that puts the mentor on a student's team. */
    record TakeMentee(StudentId studentId) implements MentorCommand {
    }

    record ReleaseMentee(StudentId studentId) implements MentorCommand {
    }
}
