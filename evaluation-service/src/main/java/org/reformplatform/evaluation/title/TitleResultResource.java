package org.reformplatform.evaluation.title;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.reformplatform.eventsourcing.http.GroupCounts;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

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

    /** Applications by series, discipline, specialty and level: filed, approved and rejected. */
    private static final GroupCounts RESULTS = new GroupCounts(TitleApplicationResult.class, "seriesCode, disciplineCode, specialty, level",
            "count(*), sum(case when status = :approved then 1 else 0 end), sum(case when status = :rejected then 1 else 0 end)",
            Map.of("approved", TitleApplicationResult.Status.APPROVED, "rejected", TitleApplicationResult.Status.REJECTED));

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Title applications and their results", description = "Filter by series, discipline, specialty, level and status "
            + "(filed, approved, rejected). Partners see their own institution's.")
    public Page<TitleResultListing> list(@QueryParam("series") String series, @QueryParam("discipline") String discipline,
            @QueryParam("specialty") String specialty, @QueryParam("level") TitleLevel level,
            @QueryParam("status") @Pattern(regexp = "filed|approved|rejected") String status,
            @Valid @BeanParam PageRequest paging) {
        return filter(series, discipline, specialty, level)
                .equal("status", ListFilter.status(status, TitleApplicationResult.Status.class))
                .page(TitleApplicationResult.class,
                        Sort.descending("filedAt").and("applicationId"), paging, TitleResultListing::of);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Title-review results counted by series, discipline, specialty and level")
    public Page<TitleResultCount> summary(@QueryParam("series") String series, @QueryParam("discipline") String discipline,
            @QueryParam("specialty") String specialty, @QueryParam("level") TitleLevel level,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("200") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return RESULTS.page(filter(series, discipline, specialty, level), PageRequest.of(page, size), r -> {
            long filed = (Long) r[4];
            long approved = ((Number) r[5]).longValue();
            long rejected = ((Number) r[6]).longValue();
            return new TitleResultCount((String) r[0], (String) r[1], (String) r[2], (TitleLevel) r[3], filed, approved, rejected,
                    filed - approved - rejected);
        });
    }

    private ListFilter filter(String series, String discipline, String specialty, TitleLevel level) {
        return ListFilter.all()
                .owned("institution", caller, null)
                .equal("seriesCode", series)
                .equal("disciplineCode", discipline)
                .equal("specialty", specialty)
                .equal("level", level);
    }
}
