package org.reformplatform.incubation.industryeducation;

import static org.reformplatform.eventsourcing.domain.Rules.require;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.incubation.founder.FounderRecord;
import org.reformplatform.incubation.founder.FounderRecordId;
import org.reformplatform.incubation.industryeducation.FacilityCommand.PlaceStudent;
import org.reformplatform.incubation.venture.FounderKind;

/**
 * A student is placed at a facility with an academic and an industry mentor. A student or mentor named
 * by the id admissions-service gave them must be known here from admissions' events (the student's
 * admission on their {@link FounderRecord}, the mentor's registration as a {@link KnownMentor}); others
 * are registered here by name.
 */
@ApplicationScoped
public class PlaceStudentHandler {

    /** Who is named: by admissions' id, or by name (and organisation) for a person registered here. */
    public record Named(UUID admissionsId, String name, String organisation) {
    }

    @Inject
    Aggregates aggregates;

    public Decision<Facility> handle(FacilityId facility, PlacementId placement, String term, Named student, Named academicMentor,
            Named industryMentor, LocalDate placedOn, OptionalInt expectedVersion) {
        PlaceStudent command = new PlaceStudent(placement, term, student(student), mentor(academicMentor, true),
                mentor(industryMentor, false), placedOn);
        return aggregates.handle(Facility.TYPE, facility, command, expectedVersion, () -> IndustryEducationAccess.unknownFacility(facility));
    }

    private PlacedPerson student(Named student) {
        if (student == null || student.admissionsId() == null) {
            return student == null ? null : PlacedPerson.registered(student.name(), student.organisation());
        }
        Loaded<FounderRecord> record = aggregates.load(FounderRecord.TYPE, FounderRecordId.of(FounderKind.STUDENT, student.admissionsId()));
        require(record.exists() && record.state().isVouchedFor(), () -> RuleViolation.invalid("student-not-admitted",
                "No admission of student " + student.admissionsId() + " is known from admissions-service").with("studentId", student.admissionsId()));
        return new PlacedPerson(student.admissionsId(), student.name(), student.organisation(), true);
    }

    private PlacedPerson mentor(Named mentor, boolean academic) {
        if (mentor == null || mentor.admissionsId() == null) {
            return mentor == null ? null : PlacedPerson.registered(mentor.name(), mentor.organisation());
        }
        Loaded<KnownMentor> known = aggregates.load(KnownMentor.TYPE, new KnownMentorId(mentor.admissionsId()));
        require(known.exists(), () -> RuleViolation.invalid("unknown-mentor",
                "No mentor " + mentor.admissionsId() + " is known from admissions-service").with("mentorId", mentor.admissionsId()));
        KnownMentor m = known.state();
        require(m.kind().isAcademic() == academic, () -> RuleViolation.invalid(academic ? "not-an-academic-mentor" : "not-an-industry-mentor",
                m.name() + " is a " + m.kind() + " mentor in admissions-service"));
        return new PlacedPerson(m.id().value(), mentor.name() == null || mentor.name().isBlank() ? m.name() : mentor.name(),
                mentor.organisation() == null ? m.affiliation() : mentor.organisation(), true);
    }
}
