package org.reformplatform.evaluation.pledge;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pledge in a list, from the read model. */
@Schema(name = "PledgeListing")
public record PledgeSummary(UUID id, String institution, UUID leaderId, String title, String challengeCode, LocalDate deadline, String status,
        int targets, int targetsMet) {

    static PledgeSummary of(PledgeListing row) {
        return new PledgeSummary(row.id, row.institution, row.leaderId, row.title, row.challengeCode, row.deadline,
                row.status.name().toLowerCase(), row.targets, row.targetsMet);
    }
}
