package org.reformplatform.evaluation.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** An evaluator's own assignments: the only dossiers they see and score. */
@Path("/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "Who evaluates: an evaluator's queue")
public class AssignmentResource {

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "My assignments", description = "The dossiers assigned to the calling evaluator (the token's subject), oldest first. "
            + "status: open (default: not scored yet), scored, withdrawn or all. From the read model.")
    public Page<AssignmentListing> mine(@QueryParam("status") @DefaultValue("open") @Pattern(regexp = "open|scored|withdrawn|all") String status,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("evaluator", caller.subject())
                // "open" is the assignments not scored yet
                .equal("status", status.equals("open") ? EvaluatorAssignment.Status.ASSIGNED
                        : ListFilter.status(status, EvaluatorAssignment.Status.class))
                .page(EvaluatorAssignment.class,
                        Sort.by("assignedAt").and("dossierId"), paging, AssignmentListing::of);
    }
}
