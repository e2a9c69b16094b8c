package org.reformplatform.eventsourcing.simulation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a service contributes to the policy laboratory for one kind of scope: how to read a request
 * (scope and policy to try) into the exact plan that is recorded, and how to replay the recorded
 * inputs of that scope through the service's own deciders under that policy. A simulator only
 * reads {@link History}: it has no way to append, publish or touch a read model, which is what
 * makes a simulation a sandbox.
 */
public interface Simulator {

    /** The scope kind this simulator answers, e.g. {@code mobility-arrangements}. */
    String scopeKind();

    /**
     * Checks the request and fixes everything a rerun needs to give the same answer (the policy
     * written out in full, never "the current one"). Refuses bad input with a RuleViolation.
     *
     * @param reproduction true for the reproduction check: the policy in force as recorded, no policy given
     */
    Plan plan(JsonNode scope, JsonNode policy, boolean reproduction);

    /** Replays the plan's scope over the history read up to its position. */
    SimulationReport run(Plan plan, History history, Progress progress);

    /** The exact scope and policy of a simulation, as recorded with it. */
    record Plan(JsonNode scope, JsonNode policy) {
    }
}
