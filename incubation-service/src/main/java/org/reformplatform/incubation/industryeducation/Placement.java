package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;

/** A student placed at a facility for a term, with an academic and an industry mentor: placed → started → ended → assessed. */
public record Placement(PlacementId id, String term, PlacedPerson student, PlacedPerson academicMentor, PlacedPerson industryMentor,
        Status status, LocalDate placedOn, LocalDate startedOn, LocalDate endedOn, PlacementOutcome outcome, String assessment) {

    public enum Status { PLACED, STARTED, ENDED, ASSESSED }

    Placement with(Status newStatus, LocalDate started, LocalDate ended, PlacementOutcome newOutcome, String newAssessment) {
        return new Placement(id, term, student, academicMentor, industryMentor, newStatus, placedOn, started, ended, newOutcome, newAssessment);
    }
}
