package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.List;

import org.reformplatform.eventsourcing.domain.Money;

/** An investment round a venture closed: its name (unique per venture), the exact amount, who invested, when. */
public record FundingRound(String roundName, Money amount, List<Investor> investors, LocalDate closedOn) {
}
