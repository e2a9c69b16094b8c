package org.reformplatform.mobility.record;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.ListFilter;
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

    @GET
    @Path("/{researcherId}/mobility-record")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A researcher's mobility record", description = "Arrangements (with their results review) and special posts "
            + "held, oldest first. A partner sees the entries its organisation is party to.")
    public MobilityRecord record(@PathParam("researcherId") UUID researcherId) {
        // The whole record, unpaged: ListFilter pages, so its conditions are run here as a plain list.
        ListFilter arrangementsOf = ArrangementSummary.visibleTo(caller).equal("researcherId", researcherId);
        List<ArrangementListing> arrangements = ArrangementSummary.<ArrangementSummary>find(arrangementsOf.query(),
                Sort.by("startsOn").and("id"), arrangementsOf.params()).list().stream().map(ArrangementListing::of).toList();
        ListFilter postsHeldBy = ListFilter.all().owned("institution", caller, null).equal("researcherId", researcherId);
        List<MobilityRecord.PostHeld> posts = PostHolding.<PostHolding>find(postsHeldBy.query(), Sort.by("filledOn").and("id"),
                postsHeldBy.params()).list().stream().map(MobilityRecord.PostHeld::of).toList();
        if (arrangements.isEmpty() && posts.isEmpty()) {
            throw RuleViolation.notFound("unknown-researcher", "No mobility record of researcher " + researcherId);
        }
        return new MobilityRecord(researcherId, arrangements, posts);
    }
}
