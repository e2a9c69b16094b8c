package org.reformplatform.admissions.mentoring;

/** A mentor on a student's team, with the kind they were registered as. */
public record TeamMember(MentorId mentorId, MentorKind kind) {
}
