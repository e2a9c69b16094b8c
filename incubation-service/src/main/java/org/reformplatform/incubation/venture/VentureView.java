package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;

/** A venture as the API shows it, from its stream. */
@Schema(name = "Venture")
public record VentureView(
        UUID id,
        String centre,
        String name,
        VentureOrigin origin,
        String summary,
        VentureStage stage,
        LocalDate appliedOn,
        LocalDate stageSince,
        List<StageChange> stages,
        String closedReason,
        List<Founder> founders,
        List<Mentor> mentors,
        List<Milestone> milestones,
        List<FundingRound> rounds,
        @Schema(description = "Capital raised in all rounds, exact, one amount per currency") List<Money> capitalRaised) {

    public static VentureView of(Venture v) {
        return new VentureView(v.id().value(), v.centre(), v.name(), v.origin(), v.summary(), v.stage(), v.appliedOn(), v.stageSince(),
                v.stages(), v.closedReason(), v.founders(), v.mentors(), v.milestones(), v.rounds(), v.capitalRaised().asList());
    }
}
