package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A placement as the API shows it. */
@Schema(name = "Placement")
public record PlacementView(UUID id, String term, Person student, Person academicMentor, Person industryMentor, Placement.Status status,
        LocalDate placedOn, LocalDate startedOn, LocalDate endedOn, PlacementOutcome outcome, String assessment) {

    @Schema(name = "PlacedPerson", description = "A student or mentor: from admissions-service (its id) or registered here")
    public record Person(@Schema(description = "The studentId or mentorId admissions-service gave them") UUID admissionsId, String name,
            String organisation, boolean fromAdmissions) {

        static Person of(PlacedPerson p) {
            return new Person(p.admissionsId(), p.name(), p.organisation(), p.fromAdmissions());
        }
    }

    static PlacementView of(Placement p) {
        return new PlacementView(p.id().value(), p.term(), Person.of(p.student()), Person.of(p.academicMentor()), Person.of(p.industryMentor()),
                p.status(), p.placedOn(), p.startedOn(), p.endedOn(), p.outcome(), p.assessment());
    }
}
