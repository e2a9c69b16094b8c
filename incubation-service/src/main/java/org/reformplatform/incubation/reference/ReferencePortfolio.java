package org.reformplatform.incubation.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.incubation.partner.DonationKind;
import org.reformplatform.incubation.partner.PartnerKind;
import org.reformplatform.incubation.venture.VentureOrigin;
import org.reformplatform.incubation.venture.VentureStage;

/**
 * The report's figures for the 创智未来中心 as data: 31 domestic universities, about 40 venture and
 * corporate partners (22 + 18), 50+ signed leading and unicorn enterprises (36 + 16), about 500
 * million CNY of donations and sponsorship from 70 enterprises, and 10 incubated ventures that
 * raised about 500 million CNY in 20 rounds. The amounts are fixed, not rounded (they carry cents),
 * so that a test can check the portfolio sums them exactly. Nothing here is a total: the totals
 * come out of the events the loader's commands write.
 */
public final class ReferencePortfolio {

    public record PartnerSeed(String organisation, String name, PartnerKind kind) {
    }

    public record DonationSeed(String key, String organisation, DonationKind kind, Money amount, String purpose, LocalDate receivedOn) {
    }

    public record InvestorSeed(String organisation, Money commitment) {
    }

    public record RoundSeed(String roundName, Money amount, LocalDate closedOn, List<InvestorSeed> investors) {
    }

    /** A venture and the stage it reached, with the day it entered each stage on the way. */
    public record VentureSeed(String key, String name, VentureOrigin origin, String summary, LocalDate appliedOn,
            Map<VentureStage, LocalDate> stages, VentureStage reached, List<RoundSeed> rounds) {
    }

    /** How many partners of each kind the report names. */
    public static final Map<PartnerKind, Integer> PARTNERS = Map.of(
            PartnerKind.UNIVERSITY, 31,
            PartnerKind.VENTURE_CAPITAL, 22,
            PartnerKind.CORPORATE, 18,
            PartnerKind.LEADING_ENTERPRISE, 36,
            PartnerKind.UNICORN_ENTERPRISE, 16);

    private static final String[] VENTURE_NAMES = {
        "Deep Vision Robotics", "Quantum Lattice Materials", "AgriGene Analytics", "MedScan Intelligence", "Orbit Link Systems",
        "CipherGuard Engineering", "CloudForge IoT", "GreenCell Batteries", "BioPrint Tissues", "LedgerWise Fintech"};

    private static final String[] PURPOSES = {
        "Scholarships for student founders", "Incubation space and laboratory equipment", "Sponsorship of the maker contest"};

    private ReferencePortfolio() {
    }

    public static String organisation(PartnerKind kind, int n) {
        return "ref-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + two(n);
    }

    public static List<PartnerSeed> partners() {
        List<PartnerSeed> partners = new ArrayList<>();
        for (PartnerKind kind : PartnerKind.values()) {
            String label = switch (kind) {
                case UNIVERSITY -> "University partner ";
                case VENTURE_CAPITAL -> "Venture capital partner ";
                case CORPORATE -> "Corporate partner ";
                case LEADING_ENTERPRISE -> "Leading enterprise ";
                case UNICORN_ENTERPRISE -> "Unicorn enterprise ";
            };
            for (int n = 1; n <= PARTNERS.get(kind); n++) {
                partners.add(new PartnerSeed(organisation(kind, n), label + two(n), kind));
            }
        }
        return partners;
    }

    /**
     * Day the partner signed its agreement with the centre. The report gives no end, so the reference
     * agreements are open-ended (until an operator ends them): they never expire, and the portfolio's
     * figures (partners with an agreement in force) stay those of the report however far the clock moves.
     */
    public static LocalDate signedOn(int index) {
        return LocalDate.of(2024, 1, 15).plusDays(index);
    }

    /**
     * The 70 enterprises (leading, unicorn, corporate) each gave once: 5,000,000.00 CNY plus
     * 58,823.53 for every place in the list plus a few cents, every third as sponsorship.
     */
    public static List<DonationSeed> donations() {
        List<String> donors = new ArrayList<>();
        for (PartnerKind kind : List.of(PartnerKind.LEADING_ENTERPRISE, PartnerKind.UNICORN_ENTERPRISE, PartnerKind.CORPORATE)) {
            for (int n = 1; n <= PARTNERS.get(kind); n++) {
                donors.add(organisation(kind, n));
            }
        }
        List<DonationSeed> donations = new ArrayList<>();
        for (int i = 1; i <= donors.size(); i++) {
            BigDecimal amount = new BigDecimal("5000000.00").add(new BigDecimal("58823.53").multiply(BigDecimal.valueOf(i)))
                    .add(new BigDecimal("0.07").multiply(BigDecimal.valueOf(i % 10)));
            DonationKind kind = i % 3 == 0 ? DonationKind.SPONSORSHIP : DonationKind.DONATION;
            donations.add(new DonationSeed("donation-" + two(i), donors.get(i - 1), kind, cny(amount), PURPOSES[i % PURPOSES.length],
                    LocalDate.of(2024, 3, 1).plusDays(7L * i)));
        }
        return donations;
    }

    /**
     * Ten ventures, alternately student and faculty start-ups: four incubating, four accelerating,
     * two graduated. Each closed a seed round (venture capital 60 %, corporate 40 %) and a Series A
     * (venture capital 70 %, leading enterprise 30 %); the shares are cut to the cent and the
     * second investor takes the remainder, so the commitments add up to the round exactly.
     */
    public static List<VentureSeed> ventures() {
        List<VentureSeed> ventures = new ArrayList<>();
        for (int v = 1; v <= VENTURE_NAMES.length; v++) {
            LocalDate applied = LocalDate.of(2024, 3, 1).plusDays(10L * v);
            VentureStage reached = v <= 4 ? VentureStage.INCUBATING : v <= 8 ? VentureStage.ACCELERATING : VentureStage.GRADUATED;
            Map<VentureStage, LocalDate> stages = Map.of(
                    VentureStage.ADMITTED, applied.plusDays(30),
                    VentureStage.INCUBATING, applied.plusDays(45),
                    VentureStage.ACCELERATING, applied.plusDays(300),
                    VentureStage.GRADUATED, applied.plusDays(600));
            Money seed = cny(new BigDecimal("3000000.00").add(new BigDecimal("250000.25").multiply(BigDecimal.valueOf(v))));
            Money seriesA = cny(new BigDecimal("40000000.00").add(new BigDecimal("1234567.89").multiply(BigDecimal.valueOf(v))));
            List<RoundSeed> rounds = List.of(
                    new RoundSeed("Seed", seed, applied.plusDays(105),
                            split(seed, "0.6", organisation(PartnerKind.VENTURE_CAPITAL, v), organisation(PartnerKind.CORPORATE, v))),
                    new RoundSeed("Series A", seriesA, applied.plusDays(420),
                            split(seriesA, "0.7", organisation(PartnerKind.VENTURE_CAPITAL, v + 10), organisation(PartnerKind.LEADING_ENTERPRISE, v))));
            ventures.add(new VentureSeed("venture-" + two(v), VENTURE_NAMES[v - 1], v % 2 == 1 ? VentureOrigin.STUDENT : VentureOrigin.FACULTY,
                    "A " + (v % 2 == 1 ? "student" : "faculty") + " start-up incubated at the centre", applied, stages, reached, rounds));
        }
        return ventures;
    }

    private static List<InvestorSeed> split(Money amount, String share, String lead, String other) {
        BigDecimal first = amount.amount().multiply(new BigDecimal(share)).setScale(2, RoundingMode.DOWN);
        return List.of(new InvestorSeed(lead, cny(first)), new InvestorSeed(other, cny(amount.amount().subtract(first))));
    }

    private static Money cny(BigDecimal amount) {
        return new Money(amount, "CNY");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
