package org.reformplatform.incubation.founder;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reformplatform.eventsourcing.domain.AggregateType;
import org.reformplatform.eventsourcing.domain.Decider;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.founder.FounderRecordCommand.ClaimFounder;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordLeaveToFound;
import org.reformplatform.incubation.founder.FounderRecordCommand.RecordStudentAdmission;
import org.reformplatform.incubation.founder.FounderRecordEvent.FounderClaimed;
import org.reformplatform.incubation.founder.FounderRecordEvent.LeaveToFoundRecorded;
import org.reformplatform.incubation.founder.FounderRecordEvent.StudentAdmissionRecorded;
import org.reformplatform.incubation.venture.FounderKind;
import org.reformplatform.incubation.venture.VentureId;

/**
 * What the centre knows about one student or researcher as a founder: the admission or the
 * leave-to-found arrangements that vouch for them (from admissions- and mobility-service), and the
 * ventures that named them. Whichever arrives second finds the other here, so that the order in
 * which other services' events and operators' commands arrive does not matter.
 */
public record FounderRecord(FounderRecordId id, FounderKind kind, UUID personId, List<String> evidence, Set<VentureId> ventures) {

    public static final AggregateType<FounderRecord, FounderRecordCommand, FounderRecordEvent> TYPE =
            new AggregateType<>("FounderRecord", new Lifecycle());

    public static final FounderRecord NONE = new FounderRecord(null, null, null, List.of(), Set.of());

    /** Whether an admission or leave-to-found arrangement vouches for the person. */
    public boolean isVouchedFor() {
        return !evidence.isEmpty();
    }

    /** The first fact that vouched for the person, or null. */
    public String firstEvidence() {
        return evidence.isEmpty() ? null : evidence.get(0);
    }

    public static String admissionEvidence(UUID applicationId) {
        return "admissions application " + applicationId;
    }

    public static String leaveToFoundEvidence(UUID arrangementId) {
        return "mobility leave-to-found arrangement " + arrangementId;
    }

    /** How a founder record decides commands and evolves with its events. */
    static final class Lifecycle implements Decider<FounderRecord, FounderRecordCommand, FounderRecordEvent> {

        @Override
        public FounderRecord initialState() {
            return NONE;
        }

        @Override
        public List<FounderRecordEvent> decide(FounderRecordCommand command, FounderRecord state) {
            if (command instanceof RecordStudentAdmission admission) {
                requireId(admission.id(), FounderKind.STUDENT, admission.studentId());
                if (state.evidence.contains(admissionEvidence(admission.applicationId()))) {
                    return List.of();
                }
                return List.of(new StudentAdmissionRecorded(admission.id(), admission.studentId(), admission.applicationId(),
                        admission.intakeEventId(), admission.candidateName(), admission.organisation(), admission.admittedAt()));
            }
            if (command instanceof RecordLeaveToFound leave) {
                requireId(leave.id(), FounderKind.RESEARCHER, leave.researcherId());
                if (state.evidence.contains(leaveToFoundEvidence(leave.arrangementId()))) {
                    return List.of();
                }
                return List.of(new LeaveToFoundRecorded(leave.id(), leave.researcherId(), leave.arrangementId(), leave.institution(),
                        leave.enterprise(), leave.startsOn(), leave.endsOn()));
            }
            if (command instanceof ClaimFounder claim) {
                requireId(claim.id(), claim.kind(), claim.personId());
                if (state.ventures.contains(claim.ventureId())) {
                    return List.of();
                }
                return List.of(new FounderClaimed(claim.id(), claim.kind(), claim.personId(), claim.ventureId()));
            }
            throw new IllegalArgumentException("unknown command " + command);
        }

        /** The record's id is derived from the person; a command for another person is a programming error, refused. */
        private static void requireId(FounderRecordId id, FounderKind kind, UUID personId) {
            require(personId != null && id.equals(FounderRecordId.of(kind, personId)), () -> RuleViolation.invalid(
                    "founder-record-mismatch", "The founder record " + id.value() + " is not that of " + kind + " " + personId));
        }

        @Override
        public FounderRecord evolve(FounderRecord s, FounderRecordEvent event) {
            if (event instanceof StudentAdmissionRecorded a) {
                return s.known(a.founderRecordId(), FounderKind.STUDENT, a.studentId()).withEvidence(admissionEvidence(a.applicationId()));
            }
            if (event instanceof LeaveToFoundRecorded l) {
                return s.known(l.founderRecordId(), FounderKind.RESEARCHER, l.researcherId()).withEvidence(leaveToFoundEvidence(l.arrangementId()));
            }
            if (event instanceof FounderClaimed c) {
                Set<VentureId> ventures = new LinkedHashSet<>(s.ventures);
                ventures.add(c.ventureId());
                FounderRecord known = s.known(c.founderRecordId(), c.founderKind(), c.personId());
                return new FounderRecord(known.id, known.kind, known.personId, known.evidence, java.util.Collections.unmodifiableSet(ventures));
            }
            return s;
        }
    }

    private FounderRecord known(FounderRecordId recordId, FounderKind personKind, UUID person) {
        return id != null ? this : new FounderRecord(recordId, personKind, person, evidence, ventures);
    }

    private FounderRecord withEvidence(String fact) {
        List<String> facts = new ArrayList<>(evidence);
        facts.add(fact);
        return new FounderRecord(id, kind, personId, List.copyOf(facts), ventures);
    }
}
