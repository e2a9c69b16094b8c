package org.reformplatform.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * Rows of a read model counted by groups, one page of groups at a time: what the summary endpoints
 * answer beside their lists. The rows are chosen by the same {@link ListFilter} as the list, and the
 * groups come in the order of their columns, so that pages are stable.
 *
 * @param entity     the read model's entity, as a query names it
 * @param groupBy    the columns of a group, in the order the groups are listed
 * @param counts     what is counted per group, e.g. {@code count(*)}
 * @param parameters named parameters the counts use (none but the filter's: {@code Map.of()})
 */
public record GroupCounts(String entity, String groupBy, String counts, Map<String, Object> parameters) {

    /** One page of groups, each read from its columns and then its counts, in that order. */
    public <R> Page<R> page(EntityManager entities, ListFilter filter, PageRequest paging, Function<Object[], R> group) {
        String groups = "from " + entity + " where " + filter.query() + " group by " + groupBy;
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
