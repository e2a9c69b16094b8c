package org.reformplatform.admissions.conflict;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.domain.conflict.RelationCheck;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** What operators audit: every relation checked before a reviewer joined an application's panel. */
@Path("/v1/conflict-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ConflictCheckResource {

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Relations checked before reviewers were assigned", description = "For each reviewer on a panel, every relation "
            + "with the candidate that was checked (same organisation, mentor of the candidate, co-founders in a venture, a declared "
            + "conflict) and its outcome: NOT_FOUND, or NOT_ESTABLISHED when the platform does not hold what it would need. An assignment "
            + "with a relation FOUND is refused (409 reviewer-conflicted, naming the relation and listing the checks) and leaves no row. "
            + "From the read model, by application, reviewer and relation.")
    public Page<ConflictCheckListing> list(@QueryParam("applicationId") UUID applicationId,
            @QueryParam("reviewer") @Size(max = 200) String reviewer,
            @QueryParam("outcome") RelationCheck.Outcome outcome,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("subjectId", applicationId)
                .equal("checker", reviewer)
                .equal("outcome", outcome)
                .page(RelationCheckRecord.class, Sort.by("subjectId").and("checker").and("relation"), paging,
                        ConflictCheckListing::of);
    }
}
