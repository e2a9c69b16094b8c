package org.reformplatform.incubation.founder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.reformplatform.incubation.venture.FounderKind;
import org.reformplatform.incubation.venture.VentureId;

/** What the links to admissions and mobility, and ventures naming founders, tell a founder record. */
public sealed interface FounderRecordCommand {

    FounderRecordId id();

    /** A fact another service published that vouches for the person: an admission or a leave-to-found arrangement. */
    sealed interface Evidence extends FounderRecordCommand {
    }

    /** admissions-service admitted the student ({@code admissions.StudentAdmitted.v1}). */
    record RecordStudentAdmission(FounderRecordId id, UUID studentId, UUID applicationId, UUID intakeEventId, String candidateName,
            String organisation, Instant admittedAt) implements Evidence {
    }

    /** mobility-service activated a leave-to-found arrangement ({@code mobility.ArrangementActivated.v1}, form LEAVE_TO_FOUND). */
    record RecordLeaveToFound(FounderRecordId id, UUID researcherId, UUID arrangementId, String institution, String enterprise,
            LocalDate startsOn, LocalDate endsOn) implements Evidence {
    }

    /** A venture named this student or researcher as a founder. */
    record ClaimFounder(FounderRecordId id, FounderKind kind, UUID personId, VentureId ventureId) implements FounderRecordCommand {
    }
}
