package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.domain.Money;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.partner.PartnerAccess;
import org.reformplatform.incubation.partner.PartnerId;

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

    @Inject
    EntityManager entityManager;

    @GET
    @Path("/{id}/investments")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The rounds a partner invested in, oldest first", description = "From the read model. A partner sees only its own.")
    public Page<InvestmentListing> investments(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        access.visible(new PartnerId(id));
        List<Object[]> rows = entityManager.createQuery("select i, r, v from RoundInvestorRecord i, FundingRoundRecord r, VentureSummary v "
                        + "where r.id = i.roundId and v.id = i.ventureId and i.partnerId = :partner order by r.closedOn, r.id, i.ordinal",
                        Object[].class)
                .setParameter("partner", id).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("select count(i) from RoundInvestorRecord i where i.partnerId = :partner", Long.class)
                .setParameter("partner", id).getSingleResult();
        return Page.of(rows.stream().map(PartnerInvestmentsResource::listing).toList(), page, size, total);
    }

    private static InvestmentListing listing(Object[] row) {
        RoundInvestorRecord investor = (RoundInvestorRecord) row[0];
        FundingRoundRecord round = (FundingRoundRecord) row[1];
        VentureSummary venture = (VentureSummary) row[2];
        Money commitment = investor.commitment == null ? null : new Money(investor.commitment, investor.currency);
        LocalDate closedOn = round.closedOn;
        return new InvestmentListing(venture.id, venture.name, round.roundName, round.money(), commitment, closedOn);
    }
}
