package org.reformplatform.admissions.intake;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.IntakeEventCommand.CloseAtWindowEnd;
import org.reformplatform.admissions.intake.IntakeEventCommand.CloseIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.ExtendIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.OpenAtWindowStart;
import org.reformplatform.admissions.intake.IntakeEventCommand.OpenIntakeEvent;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/**
 * Running an announced intake event: opening it for applications, extending its window, closing it,
 * by an operator or by its window's bounds (the deadlines {@link IntakeWindowDeadlines} keeps). Each
 * is one decision of the event alone (its rules are in {@link IntakeEvent}).
 */
@ApplicationScoped
public class IntakeEventLifecycleHandler {

    @Inject
    IntakeEventAccess events;

    @Inject
    Aggregates aggregates;

    @Inject
    IntakeWindowDeadlines windowDeadlines;

    @Inject
    Clock clock;

    /**
     * An operator opening, closing or extending the event; the window's deadlines follow. They are
     * changed before the event's turn is taken, the order in which a firing deadline takes the two
     * (its row, then the event): an operator's opening and the window's, at the same moment, never
     * wait on each other in a circle. A refused command rolls the change back with the rest.
     */
    public Decision<IntakeEvent> handle(IntakeEventId id, IntakeEventCommand command, OptionalInt expectedVersion) {
        IntakeEvent current = events.existing(id).state();
        if (command instanceof OpenIntakeEvent) {
            windowDeadlines.openingMoot(id, "opened by an operator");
        } else if (command instanceof CloseIntakeEvent) {
            windowDeadlines.openingMoot(id, "closed by an operator");
            windowDeadlines.closingMoot(id, "closed by an operator");
        } else if (command instanceof ExtendIntakeEvent extend && extend.closesAt().isAfter(current.window().closesAt())) {
            windowDeadlines.closesAt(id, current.title(), current.window().closingAt(extend.closesAt()));
        }
        return aggregates.handleInTurn(IntakeEvent.TYPE, id, command, expectedVersion);
    }

    /** The window's start has come: {@link IntakeWindowDeadlines#OPENING} fires this. */
    public Decision<IntakeEvent> openAtWindowStart(IntakeEventId id) {
        events.existing(id);
        return aggregates.handleInTurn(IntakeEvent.TYPE, id, new OpenAtWindowStart(clock.instant()));
    }

    /** The window's end has come: {@link IntakeWindowDeadlines#CLOSING} fires this. */
    public Decision<IntakeEvent> closeAtWindowEnd(IntakeEventId id) {
        events.existing(id);
        // Closed before it ever opened (the opening had not fired yet): it will not open now. Before
        // the event's turn, as in handle(); a refusal rolls it back.
        windowDeadlines.openingMoot(id, "the window ended");
        return aggregates.handleInTurn(IntakeEvent.TYPE, id, new CloseAtWindowEnd(clock.instant()));
    }
}
