package org.reformplatform.evaluation.pilot;

import java.time.Instant;

import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens in the evaluation-reform pilot. Published on {@code evaluation.events}. */
public sealed interface PilotEvent {

    PilotId pilotId();

    record PilotLaunched(PilotId pilotId, @NotPersonalData("the name of a pilot") String name, String description, Instant launchedAt) implements PilotEvent {
    }

    record InstitutionJoinedPilot(PilotId pilotId, String institution, @NotPersonalData("the name of an institution") String institutionName, InstitutionKind kind, Instant joinedAt)
            implements PilotEvent {
    }

    record PilotMeasureRecorded(PilotId pilotId, String institution, String measureCode, String title, MeasureDimension dimension,
            Instant recordedAt) implements PilotEvent {
    }
}
