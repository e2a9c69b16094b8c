package org.reformplatform.incubation.integration;

import java.time.Instant;
import java.util.UUID;

import org.reformplatform.eventsourcing.projection.Contract;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordStudentAdmission;
import org.reformplatform.incubation.founder.FounderRecordId;
import org.reformplatform.incubation.venture.FounderKind;

/**
 * What this service reads of admissions-service's {@code StudentAdmitted}. The ids and the time are
 * what a founder record stands on, so an event without them is refused (dead-lettered); the
 * producer's schema lets the other fields be null, and they are only copied onto the record.
 */
@Contract(event = "admissions.StudentAdmitted", version = 1)
record StudentAdmitted(
        UUID studentId,
        UUID applicationId,
        @Contract.Optional UUID intakeEventId,
        @Contract.Optional String candidateName,
        @Contract.Optional String organisation,
        Instant admittedAt) {

    /** The admission as the evidence it is for the student's founder record. */
    RecordStudentAdmission evidence() {
        return new RecordStudentAdmission(FounderRecordId.of(FounderKind.STUDENT, studentId), studentId, applicationId, intakeEventId,
                candidateName, organisation, admittedAt);
    }
}
