package org.reformplatform.admissions.ids;

import java.util.UUID;

import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.eventsourcing.domain.Id;

public record MentorId(UUID value) implements Id {

    public static MentorId random() {
        return new MentorId(UUID.randomUUID());
    }
}
