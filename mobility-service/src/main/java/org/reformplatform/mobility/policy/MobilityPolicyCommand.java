package org.reformplatform.mobility.policy;

import java.time.Instant;
import java.util.List;

import org.reformplatform.mobility.arrangement.FormPolicy;

/** What operators ask of the mobility policy. */
public sealed interface MobilityPolicyCommand {

    /**
     * Replaces the rules of the forms named (the others stay as they are) and publishes the result
     * as a new version. Loading the defaults is this command with the default rules.
     */
    record ReviseMobilityPolicy(List<FormPolicy> forms, String note, Instant at) implements MobilityPolicyCommand {
    }
}
