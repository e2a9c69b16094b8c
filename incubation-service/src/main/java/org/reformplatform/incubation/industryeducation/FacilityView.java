package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A facility as the API shows it, with its placements and how many places each term has taken. */
@Schema(name = "Facility")
public record FacilityView(
        UUID id,
        UUID platformId,
        String centre,
        FacilityKind kind,
        String name,
        String institution,
        UUID enterpriseId,
        String enterpriseOrganisation,
        @Schema(description = "A district or college party to the agreement; absent when two-sided") String thirdParty,
        int placesPerTerm,
        Facility.Status status,
        LocalDate signedOn,
        LocalDate openedOn,
        LocalDate closedOn,
        String closedReason,
        @Schema(description = "Places taken per term") Map<String, Long> placedByTerm,
        List<PlacementView> placements) {

    static FacilityView of(Facility f) {
        Map<String, Long> byTerm = new TreeMap<>();
        f.placements().forEach(p -> byTerm.merge(p.term(), 1L, Long::sum));
        return new FacilityView(f.id().value(), f.platformId().value(), f.centre(), f.kind(), f.name(), f.institution(),
                f.enterpriseId().value(), f.enterpriseOrganisation(), f.thirdParty(), f.placesPerTerm(), f.status(), f.signedOn(),
                f.openedOn(), f.closedOn(), f.closedReason(), byTerm, f.placements().stream().map(PlacementView::of).toList());
    }
}
