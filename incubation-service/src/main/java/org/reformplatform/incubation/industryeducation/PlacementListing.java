package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A placement in a list. */
@Schema(name = "PlacementListing")
public record PlacementListing(UUID id, UUID facilityId, FacilityKind facilityKind, String term, String studentName,
        boolean studentFromAdmissions, String academicMentor, String industryMentor, Placement.Status status, PlacementOutcome outcome,
        LocalDate placedOn) {

    static PlacementListing of(PlacementRecord r) {
        return new PlacementListing(r.id, r.facilityId, r.facilityKind, r.term, r.studentName, r.studentFromAdmissions, r.academicMentor,
                r.industryMentor, r.status, r.outcome, r.placedOn);
    }
}
