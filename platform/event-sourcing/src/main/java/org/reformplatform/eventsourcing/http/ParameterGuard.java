package org.reformplatform.eventsourcing.http;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query and path parameters that no endpoint can use, before they reach a query:
 * a NUL character or an unpaired surrogate (PostgreSQL cannot store or compare them, and the
 * statement would fail with a 500), and a {@code page} so large that {@code page * size} overflows
 * (the platform's lists take {@code size} up to {@value Page#MAX_SIZE}).
 */
public class ParameterGuard {

    /** The largest page number any list can be asked for. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / Page.MAX_SIZE;

    @ServerRequestFilter
    public void guard(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(), "path");
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        check(query, "query");
        List<String> pages = query.get("page");
        if (pages != null) {
            for (String page : pages) {
                if (page != null && page.matches("\\d{1,18}") && Long.parseLong(page) > MAX_PAGE) {
                    throw new InvalidParameter("page", "must be less than or equal to " + MAX_PAGE);
                }
            }
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, String where) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && !Text.isStorable(value)) {
                    throw new InvalidParameter(parameter.getKey(), "must not contain NUL or unpaired surrogate characters");
                }
            }
        }
    }
}
