package org.reformplatform.mobility.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;

/**
 * Reading the policy for a caller: every version is public to the roles that may read it, and a
 * version that does not exist (or no policy yet) is a 404. Deciding under the policy is
 * {@link PolicyInForce}'s.
 */
@ApplicationScoped
public class MobilityPolicyAccess {

    @Inject
    PolicyInForce policies;

    /** The policy as of now, with a version in force; 404 before an operator loads one. */
    public Loaded<MobilityPolicy> inForce() {
        Loaded<MobilityPolicy> policy = policies.load();
        if (!policy.state().exists()) {
            throw RuleViolation.notFound("no-policy-in-force", "No mobility policy is in force yet");
        }
        return policy;
    }

    /** The policy as of now, if it has the version asked for; 404 otherwise. */
    public MobilityPolicy having(int version) {
        MobilityPolicy policy = policies.load().state();
        if (policy.version(version).isEmpty()) {
            throw RuleViolation.notFound("unknown-policy-version", "There is no policy version " + version);
        }
        return policy;
    }
}
