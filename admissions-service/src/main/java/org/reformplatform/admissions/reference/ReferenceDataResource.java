package org.reformplatform.admissions.reference;

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
@Tag(name = "Reference data", description = "The report's mentors")
public class ReferenceDataResource {

    @Inject
    CommandGateway gateway;

    @Inject
    ReferenceMentors mentors;

    @POST
    @Path("/mentors")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Register the report's mentors", description = "81 full-time, 132 part-time (the report: 130+) and 124 industry "
            + "(the report: 120+) mentors under the affiliation report-reference; each kind says whether its count is the report's or "
            + "illustrative, and every name and capacity is illustrative. Answers 201 with what was registered, or 200 when all of it was "
            + "there already. GET /v1/mentor-load?affiliation=report-reference shows the counts shortly after.")
    public Response loadMentors(@HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, "mentors"), "LoadReferenceMentors", expected -> {
            ReferenceMentors.Loaded loaded = mentors.load();
            return new CommandResult(loaded.registered() > 0 ? 201 : 200, null, null, loaded);
        });
    }
}
