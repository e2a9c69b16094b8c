package org.reformplatform.incubation.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.partner.PartnerKind;
import org.reformplatform.incubation.reference.ReferencePortfolio.DonationSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.InvestorSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.PartnerSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.RoundSeed;
import org.reformplatform.incubation.reference.ReferencePortfolio.VentureSeed;
import org.reformplatform.incubation.venture.VentureStage;

/** The reference data says what the report says, and is the same every time. */
class ReferencePortfolioTest {

    static final BigDecimal ABOUT_500_MILLION_LOW = new BigDecimal("450000000");
    static final BigDecimal ABOUT_500_MILLION_HIGH = new BigDecimal("550000000");

    @Test
    void partners_are_the_reports_31_universities_40_venture_and_corporate_partners_and_50_plus_enterprises() {
        List<PartnerSeed> partners = ReferencePortfolio.partners();
        assertThat(partners.stream().filter(p -> p.kind() == PartnerKind.UNIVERSITY)).hasSize(31);
        assertThat(partners.stream().filter(p -> p.kind() == PartnerKind.VENTURE_CAPITAL || p.kind() == PartnerKind.CORPORATE)).hasSize(40);
        assertThat(partners.stream().filter(p -> p.kind() == PartnerKind.LEADING_ENTERPRISE || p.kind() == PartnerKind.UNICORN_ENTERPRISE).count())
                .isGreaterThanOrEqualTo(50);
        assertThat(new HashSet<>(partners.stream().map(PartnerSeed::organisation).toList())).hasSize(partners.size());
    }

    @Test
    void donations_come_to_about_500_million_cny_with_cents() {
        BigDecimal total = BigDecimal.ZERO;
        for (DonationSeed donation : ReferencePortfolio.donations()) {
            assertThat(donation.amount().currency()).isEqualTo("CNY");
            total = total.add(donation.amount().amount());
        }
        assertThat(total).isBetween(ABOUT_500_MILLION_LOW, ABOUT_500_MILLION_HIGH);
        assertThat(total.remainder(BigDecimal.ONE)).isNotZero();
        assertThat(total).isEqualByComparingTo("496176494.10");
    }

    @Test
    void ten_incubated_ventures_raised_about_500_million_cny() {
        List<VentureSeed> ventures = ReferencePortfolio.ventures();
        assertThat(ventures).hasSize(10);
        assertThat(ventures).allSatisfy(v -> assertThat(v.reached().ordinal()).isGreaterThanOrEqualTo(VentureStage.INCUBATING.ordinal()));
        BigDecimal total = ventures.stream().flatMap(v -> v.rounds().stream()).map(r -> r.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isBetween(ABOUT_500_MILLION_LOW, ABOUT_500_MILLION_HIGH);
        assertThat(total).isEqualByComparingTo("511651247.70");
    }

    @Test
    void every_rounds_commitments_add_up_to_it_exactly_and_name_reference_partners() {
        List<String> organisations = ReferencePortfolio.partners().stream().map(PartnerSeed::organisation).toList();
        for (VentureSeed venture : ReferencePortfolio.ventures()) {
            for (RoundSeed round : venture.rounds()) {
                Money sum = Money.zero("CNY");
                for (InvestorSeed investor : round.investors()) {
                    assertThat(organisations).contains(investor.organisation());
                    sum = sum.plus(investor.commitment());
                }
                assertThat(sum).isEqualTo(round.amount());
            }
        }
    }

    @Test
    void the_data_is_the_same_every_time() {
        assertThat(ReferencePortfolio.donations()).isEqualTo(ReferencePortfolio.donations());
        assertThat(ReferencePortfolio.ventures()).isEqualTo(ReferencePortfolio.ventures());
        assertThat(ReferencePortfolioLoader.idOf("c", "venture-01")).isEqualTo(ReferencePortfolioLoader.idOf("c", "venture-01"));
        assertThat(ReferencePortfolioLoader.idOf("c", "venture-01")).isNotEqualTo(ReferencePortfolioLoader.idOf("d", "venture-01"));
    }
}
