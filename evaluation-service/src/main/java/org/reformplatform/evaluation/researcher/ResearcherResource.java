package org.reformplatform.evaluation.researcher;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.eventsourcing.http.PageRequest;

/** A researcher's record: the evidence other services sent, and their evaluation history. */
@Path("/v1/researchers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Researchers", description = "Evidence (foreign title equivalences, mobility results) and evaluation history")
public class ResearcherResource {

    @Inject
    ResearcherAccess researchers;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A researcher's evidence, current as of now", description = "Title equivalences from qualification-service and "
            + "mobility results from mobility-service. A researcher no evidence has reached yet has an empty record.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(researchers.visible(new ResearcherId(id)), researcher -> ResearcherView.of(id, researcher));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A researcher's evaluation history with evidence", description = "Oldest first, from the read model. Partners see "
            + "the evidence and their own institution's entries.")
    public Page<HistoryListing> history(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        // Evidence from other services belongs to no institution: partners see it beside their own entries.
        return ListFilter.all()
                .equal("researcherId", id)
                .where("(institution is null or institution = :institution)", "institution", caller.organisationFilter(null))
                .page(HistoryEntry.class,
                        Sort.by("occurredAt").and("eventPosition").and("id"), PageRequest.of(page, size), HistoryListing::of);
    }
}
