package org.reformplatform.incubation.venture;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.partner.PartnerAccess;
import org.reformplatform.incubation.partner.PartnerId;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * The rounds a partner invested in: a partner sees its own (another partner's are answered 404).
 * Same class-level path as PartnerResource (docs/architecture.md, Routing): with a path of its own,
 * a wrong method on /investments was answered 404 instead of 405.
 */
@Path("/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class PartnerInvestmentsResource {

    @Inject
    PartnerAccess access;

    @GET
    @Path("/{id}/investments")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The rounds a partner invested in, oldest first", description = "From the read model. A partner sees only its own.")
    public Page<InvestmentListing> investments(@PathParam("id") UUID id,
            @Valid @BeanParam PageRequest paging) {
        return access.rowsOf(new PartnerId(id)).page(RoundInvestorRecord.class,
                Sort.by("fundingRound.closedOn").and("roundId").and("ordinal"), paging, InvestmentListing::of);
    }
}
