package org.reformplatform.eventsourcing.simulation;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One simulation as kept: what it tried (scope and exact policy), what it read (the store up to
 * {@code readUpTo}, deadlines as of {@code asOf}), how far it is, and, when done, its report.
 *
 * @param state RUNNING, DONE or FAILED
 * @param differences outcomes that differ from the recorded ones (0 for a passing reproduction check)
 */
public record Simulation(
        UUID id,
        String scopeKind,
        JsonNode scope,
        JsonNode policy,
        boolean reproduction,
        long readUpTo,
        Instant asOf,
        String state,
        long progressDone,
        long progressTotal,
        Long eventsRead,
        Long differences,
        JsonNode result,
        String failure,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}
