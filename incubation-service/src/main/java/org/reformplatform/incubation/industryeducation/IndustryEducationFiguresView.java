package org.reformplatform.incubation.industryeducation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The industry–education figures: platforms by kind and status, pilots' published plans, facilities with their occupancy, placements. */
@Schema(name = "IndustryEducationFigures")
public record IndustryEducationFiguresView(
        @Schema(description = "Platforms per kind, with how many are at each status") List<KindCount> platforms,
        @Schema(description = "Pilot universities with a published reform plan") long publishedReformPlans,
        @Schema(description = "Facilities per kind: open ones, their places per term, students placed (all terms)") List<FacilityKindCount> facilities,
        @Schema(description = "Students placed, all facilities and terms") long placements,
        @Schema(description = "Placements assessed") long assessed) {

    @Schema(name = "PlatformsOfKind")
    public record KindCount(PlatformKind kind, long platforms, long proposed, long recognised, long active, long closed) {
    }

    @Schema(name = "FacilitiesOfKind")
    public record FacilityKindCount(FacilityKind kind, long facilities, long open, long placesPerTerm, long placements) {
    }
}
