package org.reformplatform.admissions.mentoring;

import org.reformplatform.admissions.ids.MentorId;

/** A mentor on a student's team, with the kind they were registered as. */
public record TeamMember(MentorId mentorId, MentorKind kind) {
}
