package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A venture in a list, from the read model. */
@Schema(name = "VentureListing")
public record VentureListing(UUID id, String centre, String name, VentureOrigin origin, VentureStage stage, LocalDate stageSince,
        int founders, int milestones, int rounds) {

    static VentureListing of(VentureSummary row) {
        return new VentureListing(row.id, row.centre, row.name, row.origin, row.stage, row.stageSince, row.founders, row.milestones, row.rounds);
    }
}
