package org.reformplatform.evaluation.pilot;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.pilot.PilotCommand.LaunchPilot;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** Operators launch the reform pilot that institutions then join. */
@ApplicationScoped
public class LaunchPilotHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Pilot> handle(PilotId id, String name, String description) {
        return aggregates.handle(Pilot.TYPE, id, new LaunchPilot(id, name, description, clock.instant()));
    }
}
