package org.reformplatform.evaluation.title;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A title review in a list, from the read model. */
@Schema(name = "TitleReviewListing")
public record TitleReviewListing(UUID id, String title, String seriesCode, String disciplineCode, TitleLevel level, int specialties,
        String organiser, String status, int panelSize, int applications, Instant openedAt) {

    static TitleReviewListing of(TitleReviewSummary row) {
        return new TitleReviewListing(row.id, row.title, row.seriesCode, row.disciplineCode, row.level, row.specialties, row.organiser,
                row.status.name().toLowerCase(), row.panelSize, row.applications, row.openedAt);
    }
}
