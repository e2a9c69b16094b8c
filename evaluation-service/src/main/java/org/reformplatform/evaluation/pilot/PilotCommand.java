package org.reformplatform.evaluation.pilot;

import java.time.Instant;

/** What operators and pilot institutions ask of the evaluation-reform pilot. */
public sealed interface PilotCommand {

    record LaunchPilot(PilotId id, String name, String description, Instant at) implements PilotCommand {
    }

    record JoinPilot(String institution, String institutionName, InstitutionKind kind, Instant at) implements PilotCommand {
    }

    /** An institution adopts one of its own measures (制度举措). */
    record RecordMeasure(String institution, String code, String title, MeasureDimension dimension, Instant at) implements PilotCommand {
    }
}
