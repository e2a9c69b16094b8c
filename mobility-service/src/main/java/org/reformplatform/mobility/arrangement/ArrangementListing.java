package org.reformplatform.mobility.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An arrangement in a list, from the read model (eventually consistent). */
@Schema(name = "ArrangementListing")
public record ArrangementListing(
        UUID id,
        UUID researcherId,
        String researcherName,
        ArrangementForm form,
        String institution,
        String enterprise,
        UUID postId,
        String status,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate deferredUntil,
        @Schema(description = "While approved: the last day to sign before the approval lapses") LocalDate signBy,
        @Schema(description = "While decision_due: the last day to return or resign") LocalDate decideBy,
        Integer policyVersion,
        int agreementVersion,
        List<Party> signedBy,
        int milestones,
        int fundingRounds,
        Ending ending,
        LocalDate endedOn,
        ReviewOutcome reviewOutcome,
        List<ReviewedResult> reviewResults,
        Instant appliedAt) {

    public static ArrangementListing of(ArrangementSummary row) {
        return new ArrangementListing(row.id, row.researcherId, row.researcherName, row.form, row.institution, row.enterprise, row.postId,
                row.status.name().toLowerCase(), row.startsOn, row.endsOn, row.deferredUntil, row.signBy, row.decideBy, row.policyVersion, row.agreementVersion,
                parties(row.signedBy), row.milestones, row.fundingRounds, row.ending, row.endedOn, row.reviewOutcome,
                row.results(), row.appliedAt);
    }

    private static List<Party> parties(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(Party::valueOf).toList();
    }
}
