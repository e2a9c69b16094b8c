package org.reformplatform.eventsourcing.http;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The page a list endpoint is asked for: {@code page} (from 0) and {@code size} (1 to
 * {@value Page#MAX_SIZE}, default {@value Page#DEFAULT_SIZE}), declared once for every list:
 *
 * <pre>
 * public Page&lt;CycleListing&gt; list(@QueryParam("status") String status, @Valid @BeanParam PageRequest paging) {
 *     return ListFilter.all().equal("status", status).page(CycleSummary.class, Sort.by("id"), paging, CycleListing::of);
 * }
 * </pre>
 *
 * Out of range is a 400 {@code validation} naming {@code page} or {@code size}, as for any query parameter.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    int page;

    @QueryParam("size")
    @DefaultValue("" + Page.DEFAULT_SIZE)
    @Min(1)
    @Max(Page.MAX_SIZE)
    int size;

    public PageRequest() {
    }

    private PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** A page asked for in code (a report, a test), within the same bounds. */
    public static PageRequest of(int page, int size) {
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ": page from 0, size 1 to " + Page.MAX_SIZE);
        }
        return new PageRequest(page, size);
    }

    /** The page, from 0. */
    public int page() {
        return page;
    }

    /** The most items on a page. */
    public int size() {
        return size;
    }

    /** The index of the page's first item in the whole list. */
    public int offset() {
        return page * size;
    }
}
