package org.reformplatform.admissions.mentoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Mentors of one kind: how many, how many students they can take, how many they mentor. */
@Schema(name = "MentorLoadByKind")
public record MentorLoadByKind(MentorKind kind, long mentors, long capacity, long students, long freePlaces) {
}
