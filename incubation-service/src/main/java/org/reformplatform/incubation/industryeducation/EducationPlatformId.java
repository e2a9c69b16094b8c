package org.reformplatform.incubation.industryeducation;

import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

public record EducationPlatformId(UUID value) implements Id {

    public static EducationPlatformId random() {
        return new EducationPlatformId(UUID.randomUUID());
    }
}
