package org.reformplatform.eventsourcing.domain;

import java.util.List;

/**
 * An aggregate as three pure functions: the state before anything happened, what a command
 * decides given the current state, and how an event changes the state. No I/O, no framework:
 * every business rule can be read and tested here alone.
 *
 * <p>{@code decide} refuses a command by throwing a {@link RuleViolation}; it never returns a
 * partial result.
 *
 * @param <S> the state, usually a record
 * @param <C> the commands, usually a sealed interface of records
 * @param <E> the events, a sealed interface of records
 */
public interface Decider<S, C, E> {

    S initialState();

    List<E> decide(C command, S state);

    S evolve(S state, E event);

    /** The state after the given events. */
    default S fold(S state, Iterable<? extends E> events) {
        S current = state;
        for (E event : events) {
            current = evolve(current, event);
        }
        return current;
    }
}
