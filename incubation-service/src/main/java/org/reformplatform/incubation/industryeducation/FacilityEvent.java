package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;

import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.eventsourcing.domain.NotPersonalData;

/** What happens to a co-built facility and its placements. Published on {@code incubation.events}. */
public sealed interface FacilityEvent {

    FacilityId facilityId();

    /** A facility was signed between an institution and an enterprise (and a district or college: {@code thirdParty}), with places per term. */
    record FacilitySigned(FacilityId facilityId, EducationPlatformId platformId, String centre, FacilityKind kind, @NotPersonalData("the name of a facility") String name,
            String institution, PartnerId enterpriseId, String enterpriseOrganisation, String thirdParty, int placesPerTerm,
            LocalDate signedOn) implements FacilityEvent {
    }

    record FacilityOpened(FacilityId facilityId, LocalDate openedOn) implements FacilityEvent {
    }

    record FacilityClosed(FacilityId facilityId, String reason, LocalDate closedOn) implements FacilityEvent {
    }

    /** A student was placed for a term with an academic and an industry mentor (each from admissions or registered here). */
    record StudentPlaced(FacilityId facilityId, PlacementId placementId, String term, PlacedPerson student, PlacedPerson academicMentor,
            PlacedPerson industryMentor, LocalDate placedOn) implements FacilityEvent {
    }

    record PlacementStarted(FacilityId facilityId, PlacementId placementId, LocalDate startedOn) implements FacilityEvent {
    }

    record PlacementEnded(FacilityId facilityId, PlacementId placementId, LocalDate endedOn) implements FacilityEvent {
    }

    record PlacementAssessed(FacilityId facilityId, PlacementId placementId, PlacementOutcome outcome, String assessment,
            LocalDate assessedOn) implements FacilityEvent {
    }
}
