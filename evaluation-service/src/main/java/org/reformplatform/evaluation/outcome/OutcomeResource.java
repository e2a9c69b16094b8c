package org.reformplatform.evaluation.outcome;

import java.util.Locale;

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
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.eventsourcing.http.GroupCounts;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** How outcomes are used: by institution, track and use. */
@Path("/v1/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "How results are used: outcomes by institution, track and use")
public class OutcomeResource {

    /** Outcomes counted for one institution, track, use and result. */
    @Schema(name = "OutcomeCount")
    public record OutcomeCount(String institution, String track, OutcomeUse use, String result, long researchers) {
    }

    /** Researchers' outcomes by institution, track, use and result. */
    private static final GroupCounts COUNTS = new GroupCounts(ResearcherOutcome.class, "institution, track, outcomeUse, result");

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Outcomes, latest first", description = "Filter by institution, track, use and result. Partners see their own.")
    public Page<OutcomeListing> list(@QueryParam("institution") String institution, @QueryParam("track") String track,
            @QueryParam("use") OutcomeUse use, @QueryParam("result") @Pattern(regexp = "(?i)excellent|passed|not_selected|not_passed|fulfilled|failed") String result,
            @Valid @BeanParam PageRequest paging) {
        return filter(institution, track, use, result)
                .page(ResearcherOutcome.class,
                        Sort.descending("determinedAt").and("id"), paging, OutcomeListing::of);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Outcomes counted by institution, track, use and result", description = "Same filters as the list.")
    public Page<OutcomeCount> summary(@QueryParam("institution") String institution, @QueryParam("track") String track,
            @QueryParam("use") OutcomeUse use, @QueryParam("result") @Pattern(regexp = "(?i)excellent|passed|not_selected|not_passed|fulfilled|failed") String result,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("200") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return COUNTS.page(filter(institution, track, use, result), PageRequest.of(page, size),
                r -> new OutcomeCount((String) r[0], (String) r[1], (OutcomeUse) r[2], (String) r[3], (Long) r[4]));
    }

    private ListFilter filter(String institution, String track, OutcomeUse use, String result) {
        return ListFilter.all()
                .owned("institution", caller, institution)
                .equal("track", track)
                .equal("outcomeUse", use)
                .equal("result", result == null ? null : result.toUpperCase(Locale.ROOT));
    }
}
