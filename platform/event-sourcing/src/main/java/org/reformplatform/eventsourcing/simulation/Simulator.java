package org.reformplatform.eventsourcing.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.reformplatform.eventsourcing.domain.RuleViolation;

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

    /**
     * The scope a request names, as the simulator's record of it, before the simulator's own checks:
     * {@code scope-required} (saying how to name one) when there is none, {@code scope-unreadable}
     * when it does not read as that record.
     */
    static <T> T readScope(JsonNode scope, ObjectMapper mapper, Class<T> type, String howToName) {
        if (scope == null || !scope.isObject()) {
            throw RuleViolation.invalid("scope-required", howToName);
        }
        try {
            return mapper.treeToValue(scope, type);
        } catch (Exception e) {
            throw RuleViolation.invalid("scope-unreadable", "The scope is unreadable: " + e.getMessage());
        }
    }

    /** The exact scope and policy of a simulation, as recorded with it. */
    record Plan(JsonNode scope, JsonNode policy) {

        /** What the reproduction check records as its policy: none tried, each input's own as recorded. */
        private static final String AS_RECORDED = "asRecorded";

        /** The reproduction check's plan: the scope under the policy each recorded input had. */
        public static Plan reproduction(JsonNode scope) {
            return new Plan(scope, JsonNodeFactory.instance.objectNode().put(AS_RECORDED, true));
        }

        /** Whether this is the reproduction check's plan rather than a policy tried. */
        public boolean isReproduction() {
            return policy.path(AS_RECORDED).asBoolean(false);
        }

        /** The recorded scope, read back as the simulator wrote it. */
        public <T> T scopeAs(ObjectMapper mapper, Class<T> type) {
            return read(mapper, scope, type);
        }

        /** The recorded policy tried, read back as the simulator wrote it. */
        public <T> T policyAs(ObjectMapper mapper, Class<T> type) {
            return read(mapper, policy, type);
        }

        // The simulator wrote the plan itself when it checked the request: one it cannot read back is a bug, not bad input.
        private static <T> T read(ObjectMapper mapper, JsonNode recorded, Class<T> type) {
            try {
                return mapper.treeToValue(recorded, type);
            } catch (Exception e) {
                throw new IllegalStateException("the recorded plan is unreadable: " + e.getMessage(), e);
            }
        }
    }
}
