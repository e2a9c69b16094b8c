package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.mobility.arrangement.ArrangementCommand.RecordVentureClosure;

/** The closure of the venture a researcher founded, taken from incubation-service's events (recorded once per event). */
@ApplicationScoped
public class RecordVentureClosureHandler {

    @Inject
    Aggregates aggregates;

    public Decision<Arrangement> handle(ArrangementId id, UUID ventureId, String reason, LocalDate closedOn, UUID sourceEventId) {
        return aggregates.handle(Arrangement.TYPE, id, new RecordVentureClosure(ventureId, reason, closedOn, sourceEventId));
    }
}
