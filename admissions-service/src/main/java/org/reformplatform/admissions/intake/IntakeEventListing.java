package org.reformplatform.admissions.intake;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An intake event in a list, from the read model (eventually consistent). */
@Schema(name = "IntakeEventListing")
public record IntakeEventListing(UUID id, String title, IntakeEventKind kind, String status, Instant opensAt, Instant closesAt,
        int capacity, int remainingPlaces, Integer applicationLimit, int applicationsReceived) {

    static IntakeEventListing of(IntakeEventSummary row) {
        return new IntakeEventListing(row.id, row.title, row.kind, row.status.name().toLowerCase(), row.opensAt, row.closesAt,
                row.capacity, row.remainingPlaces(), row.applicationLimit, row.applicationsReceived);
    }
}
