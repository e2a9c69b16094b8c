package org.reformplatform.eventsourcing.ops;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.InvalidParameter;
import org.reformplatform.eventsourcing.projection.Projections;
import org.reformplatform.eventsourcing.projection.ReadModelDigest;
import org.reformplatform.eventsourcing.projection.Verifications;
import org.reformplatform.eventsourcing.security.Roles;

/** Operators' view of the read models: state, lag, gaps, rebuilding one and verifying one against the log. */
@Path("/ops/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ProjectionsResource {

    @Inject
    Projections projections;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Every projection and handler: state, lag, gaps, last rebuild")
    public List<Projections.View> list() {
        return projections.all();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One projection: state, lag, gaps and rebuild progress")
    public Projections.View one(@PathParam("name") String name) {
        return projections.named(name).orElseThrow(() -> unknown(name));
    }

    @POST
    @Path("/{name}/rebuild")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Rebuild a read model from the event store, beside the live one",
            description = "Runs in the background; follow the progress at the Location returned. The live read model keeps "
                    + "answering and keeping up until the rebuilt copy has caught up and is swapped in, atomically.")
    public Response rebuild(@PathParam("name") String name) {
        boolean started = projections.rebuild(name).orElseThrow(() -> unknown(name));
        if (!started) {
            throw RuleViolation.conflict("rebuild-running", "A rebuild of " + name + " is already running");
        }
        return Response.accepted(projections.named(name).orElseThrow()).location(URI.create("/ops/projections/" + name)).build();
    }

    @POST
    @Path("/{name}/verify")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Verify a read model against the log, without touching it",
            description = "Builds a copy of the read model from the event store (source=store) or from the service's topic read "
                    + "from offset 0 (source=topic), brings it to the point the live copy has reached, and compares them row "
                    + "for row. Answers equal or not, with the first differing rows of each table. Takes about as long as a "
                    + "rebuild; live updates pause only for the final comparison.")
    public Verifications.Verification verify(@PathParam("name") String name,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"store", "topic"}))
            @QueryParam("source") @DefaultValue("store") String source) {
        return projections.verify(name, source(source)).orElseThrow(() -> unknown(name));
    }

    @GET
    @Path("/{name}/digest")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Order-independent digests of a read model's tables",
            description = "Row count and a hash of the rows of each table (and of the projection's stream cursors): two moments "
                    + "with equal digests hold the same rows.")
    public List<ReadModelDigest.TableDigest> digest(@PathParam("name") String name) {
        return projections.digest(name).orElseThrow(() -> unknown(name));
    }

    private static Verifications.Source source(String source) {
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "store" -> Verifications.Source.STORE;
            case "topic" -> Verifications.Source.TOPIC;
            default -> throw new InvalidParameter("source", "must be store or topic");
        };
    }

    private static RuleViolation unknown(String name) {
        return RuleViolation.notFound("unknown-projection", "There is no rebuildable projection named " + name);
    }
}
