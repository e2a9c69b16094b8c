package org.reformplatform.mobility.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/** The policy version in force, read from its stream (always current): what applications and approvals are decided under. */
@ApplicationScoped
public class PolicyInForce {

    @Inject
    Aggregates aggregates;

    public Loaded<MobilityPolicy> load() {
        return aggregates.load(MobilityPolicy.TYPE, MobilityPolicyId.REGION);
    }

    public MobilityPolicy.Version current() {
        return load().state().current().orElseThrow(() -> RuleViolation.conflict("no-policy-in-force",
                "No mobility policy is in force yet: an operator loads one first (POST /v1/policies/defaults)"));
    }
}
