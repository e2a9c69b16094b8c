package org.reformplatform.incubation.portfolio;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.industryeducation.IndustryEducationFiguresView;
import org.reformplatform.incubation.partner.DonationKind;
import org.reformplatform.incubation.partner.PartnerKind;
import org.reformplatform.incubation.venture.VentureStage;

/**
 * The portfolio: the report's headline figures, summed from the read models. Every total is exact
 * and kept per currency.
 */
@Schema(name = "Portfolio")
public record PortfolioView(
        @Schema(description = "The centre, or absent for all centres together") String centre,
        Partners partners,
        Donations donations,
        Ventures ventures,
        Capital capital,
        @Schema(description = "Industry–education platforms, pilots' published reform plans, co-built facilities and placements")
        IndustryEducationFiguresView industryEducation) {

    @Schema(name = "PortfolioPartners")
    public record Partners(
            @Schema(description = "Partners (of the centre: partners that signed an agreement with it)") long total,
            List<KindCount> byKind) {
    }

    @Schema(name = "PartnersOfKind")
    public record KindCount(PartnerKind kind, long partners,
            @Schema(description = "Of them, with an agreement in force (neither ended nor expired)") long withAgreementInForce) {
    }

    @Schema(name = "PortfolioDonations")
    public record Donations(long count, @Schema(description = "Donations and sponsorship, one amount per currency") List<Money> total,
            List<DonationKindTotal> byKind) {
    }

    @Schema(name = "DonationsOfKind")
    public record DonationKindTotal(DonationKind kind, long count, List<Money> total) {
    }

    @Schema(name = "PortfolioVentures")
    public record Ventures(long total, List<StageCount> byStage) {
    }

    @Schema(name = "VenturesAtStage")
    public record StageCount(VentureStage stage, long ventures) {
    }

    @Schema(name = "PortfolioCapital")
    public record Capital(long rounds, @Schema(description = "Capital raised by all ventures, one amount per currency") List<Money> total) {
    }
}
