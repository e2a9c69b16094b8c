package org.reformplatform.mobility.simulation;

import java.time.LocalDate;

import org.reformplatform.mobility.arrangement.Arrangement;
import org.reformplatform.mobility.arrangement.Arrangement.Status;

/**
 * Where an arrangement ends up, for comparison: {@code outcome} is its status, an ended one with how
 * it ended (ENDED_RETURNED, ENDED_RESIGNED, ENDED_COMPLETED, ENDED_TERMINATED); {@code on} the day
 * that outcome is about (lapsed: the last day to sign; ended: the last day; active: the term's end;
 * decision due: the last day to decide); {@code decidedBy} the rule or deadline that decided it.
 */
public record Outcome(String outcome, LocalDate on, String decidedBy, boolean extended, boolean deferred) {

    /** Whether the comparison counts it as a change: another outcome, another day, or an extension gained or lost. */
    public boolean differsFrom(Outcome other) {
        return !outcome.equals(other.outcome) || !java.util.Objects.equals(on, other.on) || extended != other.extended;
    }

    static Outcome of(Arrangement a, String decidedBy, boolean extended) {
        boolean deferred = a.deferredUntil() != null;
        return switch (a.status()) {
            case ENDED -> new Outcome("ENDED_" + a.ending(), a.endedOn(), decidedBy, extended, deferred);
            case LAPSED, APPROVED -> new Outcome(a.status() == Status.LAPSED ? "LAPSED" : "AWAITING_SIGNATURES", a.signBy(), decidedBy,
                    extended, deferred);
            case ACTIVE -> new Outcome(deferred ? "DEFERRED" : "ACTIVE", deferred ? a.deferredUntil() : a.term().endsOn(), decidedBy,
                    extended, deferred);
            case DECISION_DUE -> new Outcome("DECISION_DUE", a.decideBy(), decidedBy, extended, deferred);
            default -> new Outcome(a.status().name(), null, decidedBy, extended, deferred);
        };
    }
}
