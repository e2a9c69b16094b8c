package org.reformplatform.incubation.industryeducation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.reformplatform.eventsourcing.http.ListFilter;

/** Counts the industry–education figures from the read model, for one centre or all. */
@ApplicationScoped
public class IndustryEducationFigures {

    @Inject
    EntityManager entityManager;

    public IndustryEducationFiguresView of(String centre) {
        Map<PlatformKind, long[]> platforms = new EnumMap<>(PlatformKind.class);
        for (PlatformKind kind : PlatformKind.values()) {
            platforms.put(kind, new long[PlatformStatus.values().length]);
        }
        for (Object[] row : rows("SELECT kind, status, count(*) FROM education_platforms", centre, "GROUP BY kind, status")) {
            platforms.get(PlatformKind.valueOf((String) row[0]))[PlatformStatus.valueOf((String) row[1]).ordinal()] = number(row[2]);
        }
        List<IndustryEducationFiguresView.KindCount> byKind = new ArrayList<>();
        platforms.forEach((kind, counts) -> byKind.add(new IndustryEducationFiguresView.KindCount(kind, counts[0] + counts[1] + counts[2] + counts[3],
                counts[0], counts[1], counts[2], counts[3])));
        long published = number(rows("SELECT count(*), 0 FROM education_platforms", centre,
                "AND kind = 'APPLIED_UNDERGRADUATE_PILOT' AND plan_status = 'PUBLISHED'").get(0)[0]);
        Map<FacilityKind, long[]> facilities = new EnumMap<>(FacilityKind.class);
        for (FacilityKind kind : FacilityKind.values()) {
            facilities.put(kind, new long[4]);
        }
        for (Object[] row : rows("SELECT kind, count(*), count(*) FILTER (WHERE status = 'OPEN'), "
                + "coalesce(sum(places_per_term) FILTER (WHERE status = 'OPEN'), 0), coalesce(sum(placements), 0) FROM education_facilities",
                centre, "GROUP BY kind")) {
            facilities.put(FacilityKind.valueOf((String) row[0]), new long[] {number(row[1]), number(row[2]), number(row[3]), number(row[4])});
        }
        List<IndustryEducationFiguresView.FacilityKindCount> facilityKinds = new ArrayList<>();
        facilities.forEach((kind, c) -> facilityKinds.add(new IndustryEducationFiguresView.FacilityKindCount(kind, c[0], c[1], c[2], c[3])));
        Object[] placements = rows("SELECT count(*), count(*) FILTER (WHERE status = 'ASSESSED') FROM education_placements", centre, "").get(0);
        return new IndustryEducationFiguresView(byKind, published, facilityKinds, number(placements[0]), number(placements[1]));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String select, String centre, String rest) {
        ListFilter where = ListFilter.all().equal("centre", centre);
        Query query = entityManager.createNativeQuery(select + " WHERE " + where.query() + " " + rest);
        where.params().forEach(query::setParameter);
        return (List<Object[]>) query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
