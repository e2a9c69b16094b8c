package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title application's result in a list, from the read model. */
@Schema(name = "TitleResult")
public record TitleResultListing(UUID applicationId, UUID reviewId, UUID researcherId, String institution, String seriesCode,
        String disciplineCode, String specialty, TitleLevel level, String status, EligibilityRoute route, Instant filedAt, Instant decidedAt) {

    static TitleResultListing of(TitleApplicationResult row) {
        return new TitleResultListing(row.applicationId, row.reviewId, row.researcherId, row.institution, row.seriesCode, row.disciplineCode,
                row.specialty, row.level, row.status.name().toLowerCase(), row.route, row.filedAt, row.decidedAt);
    }
}
