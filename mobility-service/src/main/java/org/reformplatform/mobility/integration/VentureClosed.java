package org.reformplatform.mobility.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;

@Contract(event = "incubation.VentureClosed", version = 1)
record VentureClosed(UUID ventureId, @Contract.Optional String reason, LocalDate closedOn) implements VentureFact {

    @Override
    public LocalDate day() {
        return closedOn;
    }
}
