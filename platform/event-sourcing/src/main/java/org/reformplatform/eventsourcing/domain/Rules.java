package org.reformplatform.eventsourcing.domain;

import java.util.function.Supplier;

/** Guards for deciders: {@code Rules.require(state.isOpen(), () -> RuleViolation.conflict(...))}. */
public final class Rules {

    private Rules() {
    }

    public static void require(boolean condition, Supplier<RuleViolation> otherwise) {
        if (!condition) {
            throw otherwise.get();
        }
    }
}
