package org.reformplatform.evaluation.outcome;

import java.util.List;
import java.util.Locale;

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
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/** How outcomes are used: by institution, track and use. */
@Path("/v1/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "How results are used: outcomes by institution, track and use")
public class OutcomeResource {

    /** Outcomes counted for one institution, track, use and result. */
    @Schema(name = "OutcomeCount")
    public record OutcomeCount(String institution, String track, OutcomeUse use, String result, long researchers) {
    }

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Outcomes, latest first", description = "Filter by institution, track, use and result. Partners see their own.")
    public Page<OutcomeListing> list(@QueryParam("institution") String institution, @QueryParam("track") String track,
            @QueryParam("use") OutcomeUse use, @QueryParam("result") @Pattern(regexp = "(?i)excellent|passed|not_selected|not_passed|fulfilled|failed") String result,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ListFilter filter = filter(institution, track, use, result);
        var found = ResearcherOutcome.<ResearcherOutcome>find(filter.query(), Sort.descending("determinedAt").and("id"), filter.params());
        return Page.of(found.page(page, size).list().stream().map(OutcomeListing::of).toList(), page, size, found.count());
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Outcomes counted by institution, track, use and result", description = "Same filters as the list.")
    public Page<OutcomeCount> summary(@QueryParam("institution") String institution, @QueryParam("track") String track,
            @QueryParam("use") OutcomeUse use, @QueryParam("result") @Pattern(regexp = "(?i)excellent|passed|not_selected|not_passed|fulfilled|failed") String result,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("200") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ListFilter filter = filter(institution, track, use, result);
        String groups = "from ResearcherOutcome where " + filter.query() + " group by institution, track, outcomeUse, result";
        var select = entityManager.createQuery("select institution, track, outcomeUse, result, count(*) " + groups
                + " order by institution, track, outcomeUse, result", Object[].class);
        var count = entityManager.createQuery("select count(*) from (select 1 as one " + groups + ")", Long.class);
        filter.params().forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<OutcomeCount> items = select.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new OutcomeCount((String) r[0], (String) r[1], (OutcomeUse) r[2], (String) r[3], (Long) r[4])).toList();
        return Page.of(items, page, size, count.getSingleResult());
    }

    private ListFilter filter(String institution, String track, OutcomeUse use, String result) {
        return ListFilter.all()
                .equal("institution", caller.organisationFilter(institution))
                .equal("track", track)
                .equal("outcomeUse", use)
                .equal("result", result == null ? null : result.toUpperCase(Locale.ROOT));
    }
}
