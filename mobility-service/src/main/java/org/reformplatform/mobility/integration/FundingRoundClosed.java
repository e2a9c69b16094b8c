package org.reformplatform.mobility.integration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.projection.Contract;

@Contract(event = "incubation.FundingRoundClosed", version = 1)
record FundingRoundClosed(UUID ventureId, String roundName, Money amount, List<Investor> investors, LocalDate closedOn)
        implements VentureFact {

    /** An investor of the round: mobility keeps its name only. */
    record Investor(String name) {
    }

    List<String> investorNames() {
        return investors.stream().map(Investor::name).toList();
    }

    @Override
    public LocalDate day() {
        return closedOn;
    }
}
