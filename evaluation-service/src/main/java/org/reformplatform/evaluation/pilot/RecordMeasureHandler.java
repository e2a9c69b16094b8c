package org.reformplatform.evaluation.pilot;

import java.time.Clock;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.evaluation.pilot.PilotCommand.RecordMeasure;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;

/** A member institution records one of its measures (制度举措), answering one of the reform's four questions. */
@ApplicationScoped
public class RecordMeasureHandler {

    @Inject
    Aggregates aggregates;

    @Inject
    Clock clock;

    public Decision<Pilot> handle(PilotId pilot, String institution, String code, String title, MeasureDimension dimension,
            OptionalInt expectedVersion) {
        return aggregates.handle(Pilot.TYPE, pilot, new RecordMeasure(institution, code, title, dimension, clock.instant()), expectedVersion);
    }
}
