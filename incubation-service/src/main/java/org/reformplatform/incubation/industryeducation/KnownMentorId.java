package org.reformplatform.incubation.industryeducation;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/** A mentor admissions-service registered: the same id as there (its mentorId). */
public record KnownMentorId(UUID value) implements Id {
}
