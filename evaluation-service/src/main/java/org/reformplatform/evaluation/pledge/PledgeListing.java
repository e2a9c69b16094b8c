package org.reformplatform.evaluation.pledge;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pledge in a list, from the read model. */
@Schema(name = "PledgeListing")
public record PledgeListing(UUID id, String institution, UUID leaderId, String title, String challengeCode, LocalDate deadline, String status,
        int targets, int targetsMet) {

    static PledgeListing of(PledgeSummary row) {
        return new PledgeListing(row.id, row.institution, row.leaderId, row.title, row.challengeCode, row.deadline,
                row.status.name().toLowerCase(), row.targets, row.targetsMet);
    }
}
