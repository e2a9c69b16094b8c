package org.reformplatform.evaluation.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** Reading a pilot: every role its endpoints admit may see every pilot, so only one that does not exist is unknown (404). */
@ApplicationScoped
public class PilotAccess {

    @Inject
    Aggregates aggregates;

    /** The pilot, current as of now. */
    public Loaded<Pilot> visible(PilotId id) {
        return aggregates.load(Pilot.TYPE, id, () -> unknown(id));
    }

    public static RuleViolation unknown(PilotId id) {
        return RuleViolation.notFound("unknown-pilot", "There is no pilot " + id.value());
    }
}
