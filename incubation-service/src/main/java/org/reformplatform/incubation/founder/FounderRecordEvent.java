package org.reformplatform.incubation.founder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.incubation.venture.FounderKind;
import org.reformplatform.incubation.venture.VentureId;
import org.reformplatform.eventsourcing.domain.DataSubject;
import org.reformplatform.eventsourcing.domain.PersonalData;

/** What the centre learns about a student or researcher who founds, or may found, a venture. Published on {@code incubation.events}. */
public sealed interface FounderRecordEvent {

    FounderRecordId founderRecordId();

    record StudentAdmissionRecorded(FounderRecordId founderRecordId, @DataSubject UUID studentId, UUID applicationId, UUID intakeEventId,
            @PersonalData String candidateName, String organisation, Instant admittedAt) implements FounderRecordEvent {
    }

    record LeaveToFoundRecorded(FounderRecordId founderRecordId, UUID researcherId, UUID arrangementId, String institution,
            String enterprise, LocalDate startsOn, LocalDate endsOn) implements FounderRecordEvent {
    }

    record FounderClaimed(FounderRecordId founderRecordId, FounderKind founderKind, UUID personId, VentureId ventureId)
            implements FounderRecordEvent {
    }
}
