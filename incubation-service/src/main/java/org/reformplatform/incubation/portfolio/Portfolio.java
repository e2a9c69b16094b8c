package org.reformplatform.incubation.portfolio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.incubation.MoneyTotals;
import org.reformplatform.incubation.industryeducation.IndustryEducationFigures;
import org.reformplatform.incubation.partner.DonationKind;
import org.reformplatform.incubation.partner.PartnerKind;
import org.reformplatform.incubation.venture.VentureStage;
import org.reformplatform.incubation.venture.VentureSummary;

/**
 * Sums the portfolio from the partners and ventures read models. PostgreSQL adds NUMERIC values
 * exactly; the sums are grouped by currency and never mixed. A centre narrows every figure to that
 * centre; without one, all centres count together.
 */
@ApplicationScoped
public class Portfolio {

    @Inject
    EntityManager entityManager;

    @Inject
    IndustryEducationFigures industryEducation;

    public PortfolioView of(String centre) {
        return new PortfolioView(centre, partners(centre), donations(centre), ventures(centre), capital(centre), industryEducation.of(centre));
    }

    private PortfolioView.Partners partners(String centre) {
        // A centre's partners are those that signed an agreement with it; overall, every registered partner.
        List<Object[]> rows = centre == null
                ? rows("SELECT p.kind, count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM partner_agreements a "
                        + "WHERE a.partner_id = p.id AND a.status = 'ACTIVE')) FROM partner_summaries p", ListFilter.all(), "GROUP BY p.kind")
                : rows("SELECT a.partner_kind, count(DISTINCT a.partner_id), count(DISTINCT a.partner_id) FILTER (WHERE a.status = 'ACTIVE') "
                        + "FROM partner_agreements a", ofCentre(centre), "GROUP BY a.partner_kind");
        Map<PartnerKind, long[]> counts = new EnumMap<>(PartnerKind.class);
        for (Object[] row : rows) {
            counts.put(PartnerKind.valueOf((String) row[0]), new long[] {number(row[1]), number(row[2])});
        }
        List<PortfolioView.KindCount> byKind = new ArrayList<>();
        long total = 0;
        for (PartnerKind kind : PartnerKind.values()) {
            long[] c = counts.getOrDefault(kind, new long[2]);
            byKind.add(new PortfolioView.KindCount(kind, c[0], c[1]));
            total += c[0];
        }
        return new PortfolioView.Partners(total, byKind);
    }

    private PortfolioView.Donations donations(String centre) {
        List<Object[]> rows = rows("SELECT kind, currency, count(*), sum(amount) FROM partner_donations", ofCentre(centre),
                "GROUP BY kind, currency");
        MoneyTotals total = MoneyTotals.NONE;
        long count = 0;
        Map<DonationKind, MoneyTotals> byKind = new EnumMap<>(DonationKind.class);
        Map<DonationKind, Long> countByKind = new EnumMap<>(DonationKind.class);
        for (Object[] row : rows) {
            DonationKind kind = DonationKind.valueOf((String) row[0]);
            Money sum = new Money((BigDecimal) row[3], (String) row[1]);
            total = total.plus(sum);
            count += number(row[2]);
            byKind.merge(kind, MoneyTotals.NONE.plus(sum), (a, b) -> a.plus(sum));
            countByKind.merge(kind, number(row[2]), Long::sum);
        }
        List<PortfolioView.DonationKindTotal> kinds = new ArrayList<>();
        for (DonationKind kind : DonationKind.values()) {
            kinds.add(new PortfolioView.DonationKindTotal(kind, countByKind.getOrDefault(kind, 0L),
                    byKind.getOrDefault(kind, MoneyTotals.NONE).asList()));
        }
        return new PortfolioView.Donations(count, total.asList(), kinds);
    }

    private PortfolioView.Ventures ventures(String centre) {
        Map<VentureStage, Long> counts = new EnumMap<>(VentureStage.class);
        for (Object[] row : rows("SELECT stage, count(*) FROM venture_summaries", ofCentre(centre), "GROUP BY stage")) {
            counts.put(VentureStage.valueOf((String) row[0]), number(row[1]));
        }
        List<PortfolioView.StageCount> byStage = new ArrayList<>();
        long total = 0;
        for (VentureStage stage : VentureStage.values()) {
            long n = counts.getOrDefault(stage, 0L);
            byStage.add(new PortfolioView.StageCount(stage, n));
            total += n;
        }
        return new PortfolioView.Ventures(total, byStage);
    }

    private PortfolioView.Capital capital(String centre) {
        MoneyTotals total = MoneyTotals.NONE;
        long rounds = 0;
        for (Object[] row : rows("SELECT currency, count(*), sum(amount) FROM funding_rounds", ofCentre(centre), "GROUP BY currency")) {
            total = total.plus(new Money((BigDecimal) row[2], (String) row[0]));
            rounds += number(row[1]);
        }
        return new PortfolioView.Capital(rounds, total.asList());
    }

    /** Capital raised per venture, for one page of ventures. */
    public Page<VentureCapitalListing> capitalOf(Page<VentureSummary> ventures) {
        Map<UUID, MoneyTotals> raised = new HashMap<>();
        Map<UUID, Long> rounds = new HashMap<>();
        if (!ventures.items().isEmpty()) {
            Query query = entityManager.createNativeQuery("SELECT venture_id, currency, count(*), sum(amount) FROM funding_rounds "
                    + "WHERE venture_id IN (:ids) GROUP BY venture_id, currency");
            query.setParameter("ids", ventures.items().stream().map(v -> v.id).toList());
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                UUID venture = (UUID) r[0];
                Money sum = new Money((BigDecimal) r[3], (String) r[1]);
                raised.merge(venture, MoneyTotals.NONE.plus(sum), (a, b) -> a.plus(sum));
                rounds.merge(venture, number(r[2]), Long::sum);
            }
        }
        return ventures.map(v -> new VentureCapitalListing(v.id, v.centre, v.name, v.stage, rounds.getOrDefault(v.id, 0L),
                raised.getOrDefault(v.id, MoneyTotals.NONE).asList()));
    }

    /** The rows the read models give, summed: the optional centre is a condition of the kernel's list filter, a named parameter. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String select, ListFilter where, String groupBy) {
        Query query = entityManager.createNativeQuery(select + " WHERE " + where.query() + " " + groupBy);
        where.params().forEach(query::setParameter);
        return (List<Object[]>) query.getResultList();
    }

    /** Rows of one centre; every centre when it is null. */
    private static ListFilter ofCentre(String centre) {
        return ListFilter.all().equal("centre", centre);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
