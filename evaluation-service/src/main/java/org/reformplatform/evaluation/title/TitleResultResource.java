package org.reformplatform.evaluation.title;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/** Title-review results by series, specialty and level. */
@Path("/v1/title-results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Title reviews")
public class TitleResultResource {

    /** Applications counted for one series, discipline, specialty and level. */
    @Schema(name = "TitleResultCount")
    public record TitleResultCount(String seriesCode, String disciplineCode, String specialty, TitleLevel level, long filed, long approved,
            long rejected, long pending) {
    }

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Title applications and their results", description = "Filter by series, discipline, specialty, level and status "
            + "(filed, approved, rejected). Partners see their own institution's.")
    public Page<TitleResultListing> list(@QueryParam("series") String series, @QueryParam("discipline") String discipline,
            @QueryParam("specialty") String specialty, @QueryParam("level") TitleLevel level,
            @QueryParam("status") @Pattern(regexp = "filed|approved|rejected") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ListFilter filter = filter(series, discipline, specialty, level)
                .equal("status", ListFilter.status(status, TitleApplicationResult.Status.class));
        var found = TitleApplicationResult.<TitleApplicationResult>find(filter.query(), Sort.descending("filedAt").and("applicationId"),
                filter.params());
        return Page.of(found.page(page, size).list().stream().map(TitleResultListing::of).toList(), page, size, found.count());
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Title-review results counted by series, discipline, specialty and level")
    public Page<TitleResultCount> summary(@QueryParam("series") String series, @QueryParam("discipline") String discipline,
            @QueryParam("specialty") String specialty, @QueryParam("level") TitleLevel level,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("200") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ListFilter filter = filter(series, discipline, specialty, level);
        String groups = "from TitleApplicationResult where " + filter.query()
                + " group by seriesCode, disciplineCode, specialty, level";
        var select = entityManager.createQuery("select seriesCode, disciplineCode, specialty, level, count(*), "
                + "sum(case when status = :approved then 1 else 0 end), sum(case when status = :rejected then 1 else 0 end) " + groups
                + " order by seriesCode, disciplineCode, specialty, level", Object[].class);
        var count = entityManager.createQuery("select count(*) from (select 1 as one " + groups + ")", Long.class);
        filter.params().forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        select.setParameter("approved", TitleApplicationResult.Status.APPROVED).setParameter("rejected", TitleApplicationResult.Status.REJECTED);
        List<TitleResultCount> items = select.setFirstResult(page * size).setMaxResults(size).getResultList().stream().map(r -> {
            long filed = (Long) r[4];
            long approved = ((Number) r[5]).longValue();
            long rejected = ((Number) r[6]).longValue();
            return new TitleResultCount((String) r[0], (String) r[1], (String) r[2], (TitleLevel) r[3], filed, approved, rejected,
                    filed - approved - rejected);
        }).toList();
        return Page.of(items, page, size, count.getSingleResult());
    }

    private ListFilter filter(String series, String discipline, String specialty, TitleLevel level) {
        return ListFilter.all()
                .equal("institution", caller.organisationFilter(null))
                .equal("seriesCode", series)
                .equal("disciplineCode", discipline)
                .equal("specialty", specialty)
                .equal("level", level);
    }
}
