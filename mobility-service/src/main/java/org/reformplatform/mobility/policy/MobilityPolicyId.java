package org.reformplatform.mobility.policy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.Id;

/** The region has one mobility policy; its stream id is fixed so that every replica finds it. */
public record MobilityPolicyId(UUID value) implements Id {

    public static final MobilityPolicyId REGION =
            new MobilityPolicyId(UUID.nameUUIDFromBytes("reform-platform:mobility-policy".getBytes(StandardCharsets.UTF_8)));
}
