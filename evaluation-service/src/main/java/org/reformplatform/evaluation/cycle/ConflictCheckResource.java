package org.reformplatform.evaluation.cycle;

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

/** What operators audit: every relation checked before an evaluator was assigned to a dossier. */
@Path("/v1/conflict-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles")
public class ConflictCheckResource {

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Relations checked before evaluators were assigned", description = "For each evaluator assigned to a dossier, "
            + "every relation with the researcher that was checked (the cycle's institution, a declared conflict) and its outcome: "
            + "NOT_FOUND, or NOT_ESTABLISHED when the register does not hold the evaluator's affiliation. An assignment with a relation "
            + "FOUND is refused (409 conflict-of-interest, naming the relation and listing the checks) and leaves no row. From the read model.")
    public Page<ConflictCheckListing> list(@QueryParam("cycleId") UUID cycleId, @QueryParam("dossierId") UUID dossierId,
            @QueryParam("evaluator") @Size(max = 200) String evaluator,
            @QueryParam("outcome") RelationCheck.Outcome outcome,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("cycleId", cycleId)
                .equal("subjectId", dossierId)
                .equal("checker", evaluator)
                .equal("outcome", outcome)
                .page(RelationCheckRecord.class, Sort.by("cycleId").and("subjectId").and("checker").and("relation"), paging,
                        ConflictCheckListing::of);
    }
}
