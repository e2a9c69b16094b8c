package org.reformplatform.admissions.intake;

import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * Running an announced intake event: opening it for applications, extending its window, closing it.
 * Each is one decision of the event alone (its rules are in {@link IntakeEvent}).
 */
@ApplicationScoped
public class IntakeEventLifecycleHandler {

    @Inject
    IntakeEventAccess events;

    @Inject
    Aggregates aggregates;

    /** Opening, closing or extending the event. */
    public Decision<IntakeEvent> handle(IntakeEventId id, IntakeEventCommand command, OptionalInt expectedVersion) {
        events.existing(id);
        return aggregates.handleInTurn(IntakeEvent.TYPE, id, command, expectedVersion);
    }
}
