package org.reformplatform.eventsourcing.http;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of a list endpoint as a query over a read model: each filter the caller left out
 * (null) is no condition at all, each one given is a named parameter, never text spliced into the
 * query. For Panache: {@code Summary.find(filter.query(), sort, filter.params())}.
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
