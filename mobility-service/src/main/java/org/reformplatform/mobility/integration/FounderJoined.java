package org.reformplatform.mobility.integration;

import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;

/** incubation-service: someone joined a venture as a founder. Only researchers concern mobility. */
@Contract(event = "incubation.FounderJoined", version = 1)
record FounderJoined(UUID ventureId, Kind founderKind, @Contract.Optional UUID researcherId) {

    enum Kind { STUDENT, RESEARCHER, EXTERNAL }

    /** A researcher founder: the only kind that can be on a leave-to-found arrangement. */
    boolean isResearcher() {
        return founderKind == Kind.RESEARCHER && researcherId != null;
    }
}
