package org.reformplatform.eventsourcing.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;

import org.reformplatform.eventsourcing.security.Caller;

/**
 * The one read path of list endpoints: the filters as a query over a read model (each filter the
 * caller left out, null, is no condition at all; each one given is a named parameter, never text
 * spliced into the query), the caller's organisation where rows belong to one, a stable sort and a
 * bounded page, each row mapped to its response:
 *
 * <pre>
 * return ListFilter.all()
 *         .owned("organisation", caller, requestedOrganisation)
 *         .equal("status", status)
 *         .page(ApplicationSummary.class, Sort.descending("submittedAt").and("id"), paging, ApplicationListing::of);
 * </pre>
 */
public final class ListFilter {

    /** The value of a status filter that means "any status". */
    public static final String ALL = "all";

    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    private ListFilter() {
    }

    /** No condition yet: every row. */
    public static ListFilter all() {
        return new ListFilter();
    }

    /**
     * Rows that belong to an organisation ({@code field}): a partner sees its own organisation's
     * only, whatever it asked for; staff see the one they asked for, or every one.
     */
    public ListFilter owned(String field, Caller caller, String requestedOrganisation) {
        return equal(field, caller.organisationFilter(requestedOrganisation));
    }

    /**
     * One page of the read model's rows ({@code rows}: its entity class) this filter selects, in the
     * given stable order, each mapped to its response. (The entity class rather than its Panache
     * {@code find}: a method reference to a Panache static method binds to the base class, which
     * Panache does not enhance.)
     */
    public <E, R> Page<R> page(Class<E> rows, Sort sort, PageRequest paging, Function<? super E, R> response) {
        EntityManager entities = Panache.getEntityManager(rows);
        String from = "FROM " + entities.getMetamodel().entity(rows).getName() + " WHERE " + query;
        TypedQuery<E> found = entities.createQuery(from + orderBy(sort), rows);
        TypedQuery<Long> count = entities.createQuery("SELECT count(*) " + from, Long.class);
        params.forEach((name, value) -> {
            found.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<R> items = found.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList().stream().<R>map(response).toList();
        return Page.of(items, paging, count.getSingleResult());
    }

    private static String orderBy(Sort sort) {
        return sort.getColumns().stream().map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC"))
                .collect(Collectors.joining(", ", " ORDER BY ", ""));
    }

    /** {@code field = value}, or nothing when the value is null. The parameter is named after the field. */
    public ListFilter equal(String field, Object value) {
        return where(field + " = :" + field, field, value);
    }

    /** A condition of its own naming one parameter ({@code :name}), or nothing when the value is null. */
    public ListFilter where(String condition, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /**
     * The enum constant a lower-case status filter names, or null for {@value #ALL}. Endpoints
     * restrict the value with a {@code @Pattern} first, so anything else is a programming error.
     */
    public static <E extends Enum<E>> E status(String value, Class<E> statuses) {
        return value == null || value.equals(ALL) ? null : Enum.valueOf(statuses, value.toUpperCase(Locale.ROOT));
    }

    public String query() {
        return query.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
