package org.reformplatform.evaluation.reference;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.security.Roles;

/** Operators load the report's reference data through the service's own commands. Loading again creates only what is missing. */
@Path("/v1/reference-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "The report's pilot and first title reviews")
public class ReferenceDataResource {

    @Inject
    CommandGateway gateway;

    @Inject
    ReferencePilot pilot;

    @Inject
    ReferenceTitleReviews titleReviews;

    @POST
    @Path("/pilot")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Load the evaluation-reform pilot", description = "Six institutions join the pilot and record their 76 measures; "
            + "each defines its classified scheme and opens a cycle in which its researchers (329 in all) submit dossiers; the biomedical "
            + "institute publishes its challenge list. Answers 201 with what was created, or 200 when all of it was there already.")
    public Response loadPilot(@HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, "pilot"), "LoadReferencePilot", expected -> {
            ReferencePilot.Loaded loaded = pilot.load();
            return new CommandResult(loaded.createdAnything() ? 201 : 200, URI.create("/v1/pilots/" + loaded.pilotId()), null, loaded);
        });
    }

    @POST
    @Path("/title-reviews")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Open the report's first title reviews", description = "The senior-title review of the engineering series for "
            + "digital technology (12 specialties) and the intermediate-title review for financial technology. 201 if any was opened, else 200.")
    public Response loadTitleReviews(@HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, "title-reviews"), "LoadReferenceTitleReviews", expected -> {
            List<ReferenceTitleReviews.Review> reviews = titleReviews.load();
            boolean opened = reviews.stream().anyMatch(ReferenceTitleReviews.Review::opened);
            return new CommandResult(opened ? 201 : 200, null, null, reviews);
        });
    }
}
