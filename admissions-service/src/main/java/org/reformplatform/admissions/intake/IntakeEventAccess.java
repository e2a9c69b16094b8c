package org.reformplatform.admissions.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** Reading one intake event from its stream: every role that may read intake events sees every one. */
@ApplicationScoped
public class IntakeEventAccess {

    @Inject
    Aggregates aggregates;

    /** The intake event as of now; 404 if there is none. */
    public Loaded<IntakeEvent> existing(IntakeEventId id) {
        return aggregates.load(IntakeEvent.TYPE, id, () -> unknown(id));
    }

    static RuleViolation unknown(IntakeEventId id) {
        return RuleViolation.notFound("unknown-intake-event", "There is no intake event " + id.value());
    }
}
