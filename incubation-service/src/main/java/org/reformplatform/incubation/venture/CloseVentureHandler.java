package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.OptionalInt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.incubation.venture.VentureCommand.CloseVenture;

/** A venture closes, for a reason, at any stage before graduation. */
@ApplicationScoped
public class CloseVentureHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Venture> handle(VentureId venture, String reason, LocalDate closedOn, OptionalInt expectedVersion) {
        return aggregates.handle(Venture.TYPE, venture, new CloseVenture(reason, closedOn), expectedVersion,
                () -> VentureAccess.unknown(venture));
    }
}
