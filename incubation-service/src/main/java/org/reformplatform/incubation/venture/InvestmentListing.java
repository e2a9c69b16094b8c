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

    static InvestmentListing of(RoundInvestorRecord investor) {
        FundingRoundRecord round = investor.fundingRound;
        Money commitment = investor.commitment == null ? null : new Money(investor.commitment, investor.currency);
        return new InvestmentListing(investor.ventureId, investor.venture.name, round.roundName, round.money(), commitment, round.closedOn);
    }
}
