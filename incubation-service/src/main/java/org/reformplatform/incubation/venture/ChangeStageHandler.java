package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.venture.VentureCommand.ChangeStage;

/** A venture moves on to its next stage (admitted, incubating, accelerating, graduated), one step at a time. */
@ApplicationScoped
public class ChangeStageHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Venture> handle(VentureId venture, VentureStage stage, LocalDate on, OptionalInt expectedVersion) {
        return aggregates.handle(Venture.TYPE, venture, new ChangeStage(stage, on), expectedVersion, () -> VentureAccess.unknown(venture));
    }
}
