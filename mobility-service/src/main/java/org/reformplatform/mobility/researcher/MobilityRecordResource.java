package org.reformplatform.mobility.researcher;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.mobility.arrangement.ArrangementListing;
import org.reformplatform.mobility.arrangement.ArrangementSummary;
import org.reformplatform.mobility.post.PostHolding;

/** A researcher's mobility record, from the read models: what evaluation-service also learns from the events. */
@Path("/v1/researchers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Researchers", description = "A researcher's mobility record")
public class MobilityRecordResource {

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("/{researcherId}/mobility-record")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A researcher's mobility record", description = "Arrangements (with their results review) and special posts "
            + "held, oldest first. A partner sees the entries its organisation is party to.")
    public MobilityRecord record(@PathParam("researcherId") UUID researcherId) {
        boolean partner = caller.isPartnerOnly();
        String org = partner ? caller.requireOrganisation() : null;
        List<ArrangementListing> arrangements = (partner
                ? ArrangementSummary.<ArrangementSummary>find("researcherId = :r and (institution = :org or enterprise = :org)",
                        Sort.by("startsOn").and("id"), Parameters.with("r", researcherId).and("org", org))
                : ArrangementSummary.<ArrangementSummary>find("researcherId = :r", Sort.by("startsOn").and("id"), Parameters.with("r", researcherId)))
                .list().stream().map(row -> ArrangementListing.of(row, mapper)).toList();
        List<MobilityRecord.PostHeld> posts = (partner
                ? PostHolding.<PostHolding>find("researcherId = :r and institution = :org", Sort.by("filledOn").and("id"),
                        Parameters.with("r", researcherId).and("org", org))
                : PostHolding.<PostHolding>find("researcherId = :r", Sort.by("filledOn").and("id"), Parameters.with("r", researcherId)))
                .list().stream().map(h -> new MobilityRecord.PostHeld(h.postId, h.institution, h.kind, h.kind.family(), h.title,
                        h.arrangementId, h.filledOn, h.vacatedOn)).toList();
        if (arrangements.isEmpty() && posts.isEmpty()) {
            throw RuleViolation.notFound("unknown-researcher", "No mobility record of researcher " + researcherId);
        }
        return new MobilityRecord(researcherId, arrangements, posts);
    }
}
