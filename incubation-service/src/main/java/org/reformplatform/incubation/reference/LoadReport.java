package org.reformplatform.incubation.reference;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.industryeducation.FacilityKind;
import org.reformplatform.incubation.industryeducation.PlatformKind;
import org.reformplatform.incubation.partner.PartnerKind;

/** What loading the reference portfolio sent, and how many events that wrote (0 when it was loaded already). */
@Schema(name = "ReferencePortfolioLoad")
public record LoadReport(
        String centre,
        @Schema(description = "Events written by this load; 0 when everything was recorded already") int eventsWritten,
        Map<PartnerKind, Integer> partnersByKind,
        int agreements,
        int donations,
        @Schema(description = "The donations' amounts added up, per currency") List<Money> donationsTotal,
        int ventures,
        int rounds,
        @Schema(description = "The rounds' amounts added up, per currency") List<Money> capitalTotal,
        @Schema(description = "The applied-talent platforms, published reform plans and co-built facilities sent") IndustryEducation industryEducation) {

    @Schema(name = "ReferenceIndustryEducationLoad")
    public record IndustryEducation(Map<PlatformKind, Integer> platformsByKind, int publishedReformPlans, Map<FacilityKind, Integer> facilitiesByKind) {
    }
}
