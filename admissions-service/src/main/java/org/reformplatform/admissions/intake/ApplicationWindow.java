package org.reformplatform.admissions.intake;

import java.time.Instant;

import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.domain.Rules;

/** When applications are accepted: from {@code opensAt} (inclusive) until {@code closesAt} (exclusive). */
public record ApplicationWindow(Instant opensAt, Instant closesAt) {

    public ApplicationWindow {
        Rules.require(opensAt.isBefore(closesAt),
                () -> RuleViolation.invalid("window-inverted", "The window must open before it closes"));
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(opensAt) && moment.isBefore(closesAt);
    }

    public ApplicationWindow closingAt(Instant newClosesAt) {
        return new ApplicationWindow(opensAt, newClosesAt);
    }
}
