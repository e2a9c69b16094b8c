package org.reformplatform.eventsourcing.domain;

/**
 * An aggregate's stream type and decider, named once: {@code IntakeEvent.TYPE}. The stream type is
 * stored with every event and published as the {@code streamtype} extension.
 */
public record AggregateType<S, C, E>(String streamType, Decider<S, C, E> decider) {
}
