package org.reformplatform.evaluation.pilot;

import java.time.Instant;

/** What happens in the evaluation-reform pilot. Published on {@code evaluation.events}. */
public sealed interface PilotEvent {

    PilotId pilotId();

    record PilotLaunched(PilotId pilotId, String name, String description, Instant launchedAt) implements PilotEvent {
    }

    record InstitutionJoinedPilot(PilotId pilotId, String institution, String institutionName, InstitutionKind kind, Instant joinedAt)
            implements PilotEvent {
    }

    record PilotMeasureRecorded(PilotId pilotId, String institution, String measureCode, String title, MeasureDimension dimension,
            Instant recordedAt) implements PilotEvent {
    }
}
