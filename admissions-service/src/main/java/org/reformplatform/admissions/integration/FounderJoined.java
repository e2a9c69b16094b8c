package org.reformplatform.admissions.integration;

import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;

/**
 * incubation-service: someone joined a venture as a founder. Admissions keeps students and
 * researchers (an external founder has no id a reviewer or candidate could share).
 */
@Contract(event = "incubation.FounderJoined", version = 1)
record FounderJoined(UUID ventureId, Founder.Kind founderKind, @Contract.Optional UUID studentId, @Contract.Optional UUID researcherId)
        implements Founder {
}
