package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;

/** A round a partner invested in, from the read model. */
@Schema(name = "Investment")
public record InvestmentListing(
        UUID ventureId,
        String ventureName,
        String roundName,
        @Schema(description = "The whole round") Money roundAmount,
        @Schema(description = "What this partner put in, when the round said so") Money commitment,
        LocalDate closedOn) {
}
