package org.reformplatform.mobility.policy;

import java.time.Instant;
import java.util.List;

import org.reformplatform.mobility.arrangement.FormPolicy;

/** What happens to the mobility policy. Published on {@code mobility.events}. */
public sealed interface MobilityPolicyEvent {

    MobilityPolicyId policyId();

    /** A new version of the policy is in force: the rules of all four forms, whole. */
    record MobilityPolicyRevised(MobilityPolicyId policyId, int policyVersion, List<FormPolicy> forms, String note, Instant revisedAt)
            implements MobilityPolicyEvent {
    }
}
