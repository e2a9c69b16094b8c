package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;

import org.reformplatform.incubation.partner.PartnerId;

/** What operators record about a co-built facility and the students placed there. */
public sealed interface FacilityCommand {

    /**
     * An institution and an enterprise signed to co-build a facility under a platform; {@code thirdParty}
     * (a district or a college) makes it a three-sided record.
     */
    record SignFacility(FacilityId id, EducationPlatformId platformId, String centre, FacilityKind kind, String name, String institution,
            PartnerId enterpriseId, String enterpriseOrganisation, String thirdParty, int placesPerTerm, LocalDate signedOn)
            implements FacilityCommand {
    }

    record OpenFacility(LocalDate openedOn) implements FacilityCommand {
    }

    record CloseFacility(String reason, LocalDate closedOn) implements FacilityCommand {
    }

    record PlaceStudent(PlacementId placementId, String term, PlacedPerson student, PlacedPerson academicMentor,
            PlacedPerson industryMentor, LocalDate placedOn) implements FacilityCommand {
    }

    record StartPlacement(PlacementId placementId, LocalDate startedOn) implements FacilityCommand {
    }

    record EndPlacement(PlacementId placementId, LocalDate endedOn) implements FacilityCommand {
    }

    record AssessPlacement(PlacementId placementId, PlacementOutcome outcome, String assessment, LocalDate assessedOn)
            implements FacilityCommand {
    }
}
