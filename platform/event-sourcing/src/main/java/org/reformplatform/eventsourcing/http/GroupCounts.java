package org.reformplatform.eventsourcing.http;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Rows of a read model counted by groups, one page of groups at a time: what the summary and
 * statistics endpoints answer beside their lists. The rows are chosen by the same {@link ListFilter}
 * as the list, and the groups come in the order of their columns, so that pages are stable; the
 * database counts and pages, never the service in memory.
 *
 * <pre>
 * private static final GroupCounts BY_INSTITUTION_AND_FORM = new GroupCounts(ArrangementSummary.class, "institution, form");
 *
 * return BY_INSTITUTION_AND_FORM.page(ListFilter.all().equal("status", Status.ACTIVE), paging,
 *         r -&gt; new ActiveArrangementCount((ArrangementForm) r[1], (String) r[0], (Long) r[2]));
 * </pre>
 *
 * @param rows       the read model's entity class
 * @param groupBy    the fields of a group, in the order the groups are listed
 * @param counts     what is counted per group, e.g. {@code count(*)}
 * @param parameters named parameters the counts use (none but the filter's: {@code Map.of()})
 */
public record GroupCounts(Class<?> rows, String groupBy, String counts, Map<String, Object> parameters) {

    /** The rows of each group, and nothing else, counted. */
    public GroupCounts(Class<?> rows, String groupBy) {
        this(rows, groupBy, "count(*)", Map.of());
    }

    /**
     * One page of the groups of the rows the filter selects, each read from its fields and then its
     * counts, in that order ({@code count(*)} reads as a {@link Long}, a {@code sum} as a {@link Number}).
     */
    public <R> Page<R> page(ListFilter filter, PageRequest paging, Function<Object[], R> group) {
        EntityManager entities = Panache.getEntityManager(rows);
        String groups = "from " + entities.getMetamodel().entity(rows).getName() + " where " + filter.query() + " group by " + groupBy;
        TypedQuery<Object[]> select = entities.createQuery("select " + groupBy + ", " + counts + " " + groups + " order by " + groupBy,
                Object[].class);
        TypedQuery<Long> count = entities.createQuery("select count(*) from (select 1 as one " + groups + ")", Long.class);
        filter.params().forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        parameters.forEach(select::setParameter);
        List<R> items = select.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList().stream().map(group).toList();
        return Page.of(items, paging, count.getSingleResult());
    }
}
