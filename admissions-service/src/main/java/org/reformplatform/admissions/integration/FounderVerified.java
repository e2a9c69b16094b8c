package org.reformplatform.admissions.integration;

import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;

/**
 * incubation-service: the admission or leave-to-found arrangement behind a founder is known. Read as
 * well as {@link FounderJoined}, so that a founder is known whichever of the two arrives.
 */
@Contract(event = "incubation.FounderVerified", version = 1)
record FounderVerified(UUID ventureId, Founder.Kind founderKind, @Contract.Optional UUID studentId, @Contract.Optional UUID researcherId)
        implements Founder {
}
