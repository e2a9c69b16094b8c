package org.reformplatform.evaluation.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;

/** A pledge agreement as the API shows it, current as of now. */
@Schema(name = "Pledge")
public record PledgeView(UUID id, String institution, UUID leaderId, List<UUID> team, String title, UUID challengeListId, String challengeCode,
        List<PledgeTarget> targets, LocalDate deadline, String consequences, OutcomeUse use,
        @Schema(description = "signed, fulfilled or failed") String status) {

    public static PledgeView of(Pledge p) {
        return new PledgeView(p.id().value(), p.institution(), p.leaderId().value(), p.team().stream().map(ResearcherId::value).toList(), p.title(),
                p.challengeListId(), p.challengeCode(), p.targets(), p.deadline(), p.consequences(), p.use(), p.status().name().toLowerCase());
    }
}
