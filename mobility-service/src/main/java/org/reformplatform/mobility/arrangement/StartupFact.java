package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Money;

/**
 * A key start-up fact (关键创业节点) on a leave-to-found arrangement: a milestone, a funding round
 * or the venture's closure. Recorded by operators, or taken from incubation-service's events (then
 * {@code sourceEventId} names the event, so that the same fact is never recorded twice).
 */
public record StartupFact(
        Kind kind,
        String title,
        LocalDate on,
        UUID ventureId,
        Money amount,
        List<String> investors,
        Source source,
        UUID sourceEventId) {

    public enum Kind { MILESTONE, FUNDING_ROUND, VENTURE_CLOSED }

    /** Where a fact comes from. */
    public enum Source { OPERATOR, INCUBATION }
}
