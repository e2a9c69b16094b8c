package org.reformplatform.eventsourcing.privacy;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.RequestContext;
import org.reformplatform.eventsourcing.security.Roles;

/** Platform-wide erasure of a person: asked in any one service, carried out by all of them. */
@Path("/ops/personal-data/erasure-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ErasureRequestResource {

    @Inject
    ErasureRequests requests;

    @Inject
    RequestContext context;

    /** The person, by every id the services know them by. */
    public record ErasureRequest(List<String> subjects) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Ask every service to forget a person",
            description = "Records an ErasureRequested event naming the person by ids only; this service forgets them at once, "
                    + "every other service when the event reaches it, each reporting with a SubjectForgotten event. "
                    + "Follow the state at the Location returned: done when every service has reported every id.")
    public Response request(@jakarta.validation.constraints.NotNull ErasureRequest request) {
        if (request == null || request.subjects() == null || request.subjects().isEmpty() || request.subjects().size() > 20
                || !request.subjects().stream().allMatch(s -> s != null && s.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}"))) {
            throw RuleViolation.invalid("invalid-subjects", "Name the person by 1 to 20 ids (letters, digits, '.', '_', ':' or '-')");
        }
        ErasureCompletions.Status status = requests.request(request.subjects(), context.metadata());
        return Response.accepted(status).location(URI.create("/ops/personal-data/erasure-requests/" + status.requestId())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "The state of a platform-wide erasure: which service forgot which id, and whether it is done")
    public ErasureCompletions.Status status(@PathParam("id") UUID id) {
        return requests.status(id).orElseThrow(() -> RuleViolation.notFound("unknown-erasure-request", "No erasure request " + id + " is known here"));
    }
}
