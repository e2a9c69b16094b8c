package org.reformplatform.evaluation.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A challenge list in a list, from the read model. */
@Schema(name = "ChallengeListListing")
public record ChallengeListListing(UUID id, String institution, String title, int challenges, int taken, Instant publishedAt,
        LocalDate closesOn, @Schema(description = "open or closed") String status) {

    static ChallengeListListing of(ChallengeListSummary row) {
        return new ChallengeListListing(row.id, row.institution, row.title, row.challenges, row.taken, row.publishedAt, row.closesOn,
                row.status);
    }
}
