package org.reformplatform.admissions.mentoring;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record MentorId(UUID value) implements Id {

    public static MentorId random() {
        return new MentorId(UUID.randomUUID());
    }
}
