package org.reformplatform.mobility.policy;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.mobility.arrangement.FormPolicy;

/** One version of the mobility policy as the API shows it. */
@Schema(name = "MobilityPolicy")
public record MobilityPolicyView(
        @Schema(description = "The policy version; arrangements name the version they were approved under") int version,
        @Schema(description = "The rules of each form") List<FormPolicy> forms,
        String note,
        Instant revisedAt,
        @Schema(description = "Whether this is the version in force") boolean inForce) {

    static MobilityPolicyView of(MobilityPolicy.Version version, boolean inForce) {
        return new MobilityPolicyView(version.number(), version.forms(), version.note(), version.revisedAt(), inForce);
    }
}
