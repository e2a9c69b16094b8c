package org.reformplatform.incubation.portfolio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.Centres;
import org.reformplatform.incubation.venture.VentureStage;
import org.reformplatform.incubation.venture.VentureSummary;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** The portfolio for analysts: the report's headline figures, from the read models. */
@Path("/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "Ventures by stage, capital raised, donations, partners by kind")
public class PortfolioResource {

    @Inject
    Portfolio portfolio;

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(summary = "The portfolio: partners by kind, donations, ventures by stage, capital raised",
            description = "From the read models (eventually consistent). Money totals are exact, one per currency. "
                    + "centre narrows every figure to one centre; without it, all centres count together.")
    public PortfolioView portfolio(@QueryParam("centre") @Pattern(regexp = Centres.CODE_PATTERN) String centre) {
        return portfolio.of(centre);
    }

    @GET
    @Path("/ventures")
    @RolesAllowed({Roles.ANALYST, Roles.OPERATOR})
    @Operation(summary = "Capital raised per venture, by venture name", description = "From the read models; filter by centre and stage.")
    public Page<VentureCapitalListing> ventures(@QueryParam("centre") @Pattern(regexp = Centres.CODE_PATTERN) String centre,
            @QueryParam("stage") VentureStage stage,
            @Valid @BeanParam PageRequest paging) {
        return portfolio.capitalOf(VentureSummary.byName(centre, stage, paging, venture -> venture));
    }
}
