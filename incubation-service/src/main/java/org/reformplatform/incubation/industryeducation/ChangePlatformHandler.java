package org.reformplatform.incubation.industryeducation;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * A platform's lifecycle (recognised, active, closed) and a pilot's reform plan (drafted, published,
 * revised): each command touches the platform alone, and the platform decides it.
 */
@ApplicationScoped
public class ChangePlatformHandler {

    @Inject
    Aggregates aggregates;

    public Decision<EducationPlatform> handle(EducationPlatformId id, EducationPlatformCommand command, OptionalInt expectedVersion) {
        return aggregates.handle(EducationPlatform.TYPE, id, command, expectedVersion, () -> IndustryEducationAccess.unknownPlatform(id));
    }
}
