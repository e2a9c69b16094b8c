package org.reformplatform.incubation.industryeducation;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A facility opens or closes; a placement starts, ends, is assessed: the facility decides each alone. */
@ApplicationScoped
public class ChangeFacilityHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Facility> handle(FacilityId id, FacilityCommand command, OptionalInt expectedVersion) {
        return aggregates.handle(Facility.TYPE, id, command, expectedVersion, () -> IndustryEducationAccess.unknownFacility(id));
    }
}
