package org.reformplatform.admissions.mentoring;

import java.time.Instant;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.mentoring.MentorshipSide;

/** A mentor's partnership with one student: from when, and until when if it ended. */
public record Mentorship(MentorId mentorId, MentorKind kind, Instant since, Instant endedAt, MentorshipSide endedBy) {

    public boolean active() {
        return endedAt == null;
    }

    public Mentorship ended(Instant at, MentorshipSide side) {
        return new Mentorship(mentorId, kind, since, at, side);
    }
}
