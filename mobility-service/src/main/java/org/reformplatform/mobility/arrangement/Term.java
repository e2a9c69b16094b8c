package org.reformplatform.mobility.arrangement;

import java.time.LocalDate;
import java.util.Objects;

import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.Rules;

/** The agreed term of an arrangement: from {@code startsOn} to {@code endsOn}, both days included. */
public record Term(LocalDate startsOn, LocalDate endsOn) {

    public Term {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        Rules.require(endsOn.isAfter(startsOn), () -> RuleViolation.invalid("term-inverted", "The term must end after it starts"));
    }

    /** Whether the term fits in the given number of months from its start (a term of exactly that length fits). */
    public boolean fitsWithin(int months) {
        return !endsOn.isAfter(startsOn.plusMonths(months));
    }
}
