package org.reformplatform.admissions.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An intake event as the API shows it. */
@Schema(name = "IntakeEvent")
public record IntakeEventView(
        UUID id,
        String title,
        IntakeEventKind kind,
        @Schema(description = "announced, open or closed") String status,
        Instant opensAt,
        Instant closesAt,
        int capacity,
        int remainingPlaces,
        int requiredReviews,
        List<Challenge> challenges,
        List<ScoringCriterion> criteria) {

    static IntakeEventView of(IntakeEvent event) {
        return new IntakeEventView(event.id().value(), event.title(), event.kind(), event.status().name().toLowerCase(),
                event.window().opensAt(), event.window().closesAt(), event.capacity(), event.remainingPlaces(),
                event.requiredReviews(), event.challenges(), event.criteria());
    }
}
