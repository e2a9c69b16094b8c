package org.reformplatform.eventsourcing.ops;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.reformplatform.eventsourcing.projection.Projections;
import org.reformplatform.eventsourcing.security.Roles;

/** Operators' view of the read models: state, lag, and rebuilding one from the event store. */
@Path("/ops/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ProjectionsResource {

    @Inject
    Projections projections;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Every projection and handler: state, lag, last rebuild")
    public List<Projections.View> list() {
        return projections.all();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One projection: state, lag and rebuild progress")
    public Projections.View one(@PathParam("name") String name) {
        return projections.named(name).orElseThrow(() -> unknown(name));
    }

    @POST
    @Path("/{name}/rebuild")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Rebuild a read model from the event store",
            description = "Runs in the background; follow the progress at the Location returned. Live updates of this read model wait until it is done.")
    public Response rebuild(@PathParam("name") String name) {
        boolean started = projections.rebuild(name).orElseThrow(() -> unknown(name));
        if (!started) {
            throw RuleViolation.conflict("rebuild-running", "A rebuild of " + name + " is already running");
        }
        return Response.accepted(projections.named(name).orElseThrow()).location(URI.create("/ops/projections/" + name)).build();
    }

    private static RuleViolation unknown(String name) {
        return RuleViolation.notFound("unknown-projection", "There is no rebuildable projection named " + name);
    }
}
