package org.reformplatform.incubation.venture;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;

/** One line of a venture's timeline, from the read model. */
@Schema(name = "TimelineLine")
public record TimelineListing(
        @Schema(description = "The venture's version after it: lines are in this order") int version,
        @Schema(example = "FundingRoundClosed") String kind,
        @Schema(description = "The business day, when the event names one") LocalDate occurredOn,
        Instant recordedAt,
        String summary,
        @Schema(description = "The amount of a round, exact") Money amount) {

    static TimelineListing of(TimelineEntry e) {
        return new TimelineListing(e.streamVersion, e.kind, e.occurredOn, e.recordedAt, e.summary,
                e.amount == null ? null : new Money(e.amount, e.currency));
    }
}
