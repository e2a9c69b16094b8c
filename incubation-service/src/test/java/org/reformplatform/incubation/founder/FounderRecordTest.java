package org.reformplatform.incubation.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.founder.FounderRecordCommand.ClaimFounder;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordLeaveToFound;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordStudentAdmission;
import org.reformplatform.incubation.founder.FounderRecordEvent.FounderClaimed;
import org.reformplatform.incubation.founder.FounderRecordEvent.LeaveToFoundRecorded;
import org.reformplatform.incubation.founder.FounderRecordEvent.StudentAdmissionRecorded;
import org.reformplatform.incubation.venture.FounderKind;
import org.reformplatform.incubation.venture.VentureId;
import org.reformplatform.testing.DeciderSpec;

/** A founder record meets admissions, arrangements and ventures naming founders, in any order, once each. */
class FounderRecordTest {

    static final UUID STUDENT = UUID.randomUUID();
    static final FounderRecordId RECORD = FounderRecordId.of(FounderKind.STUDENT, STUDENT);
    static final UUID APPLICATION = UUID.randomUUID();
    static final Instant ADMITTED_AT = Instant.parse("2026-05-01T02:00:00Z");
    static final StudentAdmissionRecorded ADMITTED = new StudentAdmissionRecorded(RECORD, STUDENT, APPLICATION, null, "Zhang Min", "ai-institute",
            ADMITTED_AT);
    static final VentureId VENTURE = VentureId.random();

    final DeciderSpec<FounderRecord, FounderRecordCommand, FounderRecordEvent> spec = DeciderSpec.of(
            FounderRecord.TYPE.decider()::initialState, FounderRecord.TYPE.decider()::decide, FounderRecord.TYPE.decider()::evolve)
            .covering(FounderRecordCommand.class, FounderRecordEvent.class);

    @AfterAll
    static void every_command_and_event_is_specified() {
        DeciderSpec.assertCovered(FounderRecordCommand.class);
    }

    RecordStudentAdmission admission() {
        return new RecordStudentAdmission(RECORD, STUDENT, APPLICATION, null, "Zhang Min", "ai-institute", ADMITTED_AT);
    }

    @Test
    void an_admission_is_recorded_once_and_vouches_for_the_student() {
        spec.given().when(admission()).then(ADMITTED);
        spec.given(ADMITTED).when(admission()).then();
        FounderRecord record = spec.given(ADMITTED).state();
        assertThat(record.isVouchedFor()).isTrue();
        assertThat(record.firstEvidence()).isEqualTo(FounderRecord.admissionEvidence(APPLICATION));
    }

    @Test
    void a_venture_claims_a_founder_before_or_after_the_admission() {
        FounderClaimed claimed = new FounderClaimed(RECORD, FounderKind.STUDENT, STUDENT, VENTURE);
        spec.given().when(new ClaimFounder(RECORD, FounderKind.STUDENT, STUDENT, VENTURE)).then(claimed);
        spec.given(ADMITTED).when(new ClaimFounder(RECORD, FounderKind.STUDENT, STUDENT, VENTURE)).then(claimed);
        spec.given(claimed).when(new ClaimFounder(RECORD, FounderKind.STUDENT, STUDENT, VENTURE)).then();
        FounderRecord before = spec.given(claimed).state();
        assertThat(before.isVouchedFor()).isFalse();
        assertThat(before.ventures()).containsExactly(VENTURE);
        FounderRecord after = spec.given(claimed, ADMITTED).state();
        assertThat(after.isVouchedFor()).isTrue();
        assertThat(after.ventures()).containsExactly(VENTURE);
    }

    @Test
    void a_leave_to_found_arrangement_vouches_for_a_researcher() {
        UUID researcher = UUID.randomUUID();
        UUID arrangement = UUID.randomUUID();
        FounderRecordId record = FounderRecordId.of(FounderKind.RESEARCHER, researcher);
        LeaveToFoundRecorded recorded = new LeaveToFoundRecorded(record, researcher, arrangement, "Satellite centre", "Orbit Link",
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1));
        RecordLeaveToFound command = new RecordLeaveToFound(record, researcher, arrangement, "Satellite centre", "Orbit Link",
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 1, 1));
        spec.given().when(command).then(recorded);
        spec.given(recorded).when(command).then();
        assertThat(spec.given(recorded).state().firstEvidence()).isEqualTo(FounderRecord.leaveToFoundEvidence(arrangement));
    }

    @Test
    void students_and_researchers_with_the_same_uuid_have_different_records() {
        assertThat(FounderRecordId.of(FounderKind.STUDENT, STUDENT)).isNotEqualTo(FounderRecordId.of(FounderKind.RESEARCHER, STUDENT));
    }

    @Test
    void a_fact_about_another_person_is_refused() {
        RecordStudentAdmission other = new RecordStudentAdmission(RECORD, UUID.randomUUID(), APPLICATION, null, "Someone", null, ADMITTED_AT);
        assertThat(spec.given().when(other).thenRefused(RuleViolation.class).code()).isEqualTo("founder-record-mismatch");
    }
}
