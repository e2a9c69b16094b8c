package org.reformplatform.mobility.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;

@Contract(event = "incubation.VentureMilestoneReached", version = 1)
record VentureMilestoneReached(UUID ventureId, String milestone, LocalDate reachedOn) implements VentureFact {

    @Override
    public LocalDate day() {
        return reachedOn;
    }
}
