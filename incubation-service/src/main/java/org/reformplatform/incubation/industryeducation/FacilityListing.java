package org.reformplatform.incubation.industryeducation;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A facility in a list, with the students placed there (all terms). */
@Schema(name = "FacilityListing")
public record FacilityListing(UUID id, UUID platformId, String centre, FacilityKind kind, String name, String institution, String thirdParty,
        int placesPerTerm, Facility.Status status, int placements) {

    static FacilityListing of(FacilitySummary r) {
        return new FacilityListing(r.id, r.platformId, r.centre, r.kind, r.name, r.institution, r.thirdParty, r.placesPerTerm, r.status,
                r.placements);
    }
}
