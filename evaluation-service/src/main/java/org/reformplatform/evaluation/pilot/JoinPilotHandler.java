package org.reformplatform.evaluation.pilot;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.pilot.PilotCommand.JoinPilot;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** An institution admitted to the pilot, once. */
@ApplicationScoped
public class JoinPilotHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Pilot> handle(PilotId pilot, String institution, String institutionName, InstitutionKind kind, OptionalInt expectedVersion) {
        return aggregates.handle(Pilot.TYPE, pilot, new JoinPilot(institution, institutionName, kind, clock.instant()), expectedVersion);
    }
}
