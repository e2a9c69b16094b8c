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
        @Schema(description = "Places counted by admissions: capacity less the applications under review or admitted") int remainingPlaces,
        int requiredReviews,
        List<Challenge> challenges,
        List<ScoringCriterion> criteria,
        @Schema(description = "The event's non-consensus policy and its version; null for an event announced before events chose one "
                + "(the service's default judges it)") NonConsensusThresholds nonConsensusPolicy,
        @Schema(description = "The cap on applications received in all; null for none") Integer applicationLimit,
        @Schema(description = "Applications received in all (a withdrawn or rejected one still counts here, not in the places)")
        int applicationsReceived,
        @Schema(description = "Reviewers judge without knowing who the candidates are") boolean blindReview) {

    static IntakeEventView of(IntakeEvent event) {
        return new IntakeEventView(event.id().value(), event.title(), event.kind(), event.status().name().toLowerCase(),
                event.window().opensAt(), event.window().closesAt(), event.capacity(), event.remainingPlaces(),
                event.requiredReviews(), event.challenges(), event.criteria(), event.nonConsensus(), event.applicationLimit(),
                event.applicationsReceived(), event.blindReview());
    }
}
