package org.reformplatform.eventsourcing.simulation;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * The policy laboratory's API, the same in every service that simulates: a service registers it
 * with a subclass that carries {@code @Path("/v1/simulations")} (and so appears in that service's
 * OpenAPI only once it has a {@link Simulator}). Under {@code /v1}, not {@code /ops}: analysts start
 * and read simulations (they change nothing in the service), while {@code /ops} is the running
 * system's operation, for operators. Each method also states its roles as an OpenAPI
 * {@code @SecurityRequirement}: the OpenAPI scanner does not read {@code @RolesAllowed} on an
 * inherited method.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class SimulationsResource {

    /**
     * @param scopeKind which simulator (e.g. mobility-arrangements)
     * @param scope what to replay, as that simulator reads it
     * @param policy the policy to try, as that simulator reads it; none for the reproduction check
     * @param reproduction true: replay under the policy actually in force and report every difference
     */
    public record Start(@NotBlank @Size(max = 100) String scopeKind,
            @Schema(type = SchemaType.OBJECT, implementation = java.util.Map.class, description = "The scope, as the scope kind defines it")
            ObjectNode scope,
            @Schema(type = SchemaType.OBJECT, implementation = java.util.Map.class, description = "The policy to try, as the scope kind defines it")
            ObjectNode policy,
            Boolean reproduction) {
    }

    @Inject
    Simulations simulations;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @SecurityRequirement(name = "SecurityScheme", scopes = {Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Start a simulation: replay a scope's recorded inputs under another policy, in a sandbox",
            description = "Answers 202 with the simulation (state RUNNING) and its Location; it reads the store up to the position "
                    + "it records and appends nothing, publishes nothing and changes no read model. reproduction=true runs the "
                    + "check instead: the policy actually in force must reproduce every recorded outcome (differences = 0).")
    @APIResponse(responseCode = "202", description = "Started: the simulation, RUNNING; poll its Location until DONE or FAILED",
            headers = @Header(name = "Location", description = "The simulation's URI"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Simulation.class)))
    public Response start(@Valid @NotNull Start request) {
        boolean reproduction = Boolean.TRUE.equals(request.reproduction());
        if (reproduction && request.policy() != null && !request.policy().isNull()) {
            throw RuleViolation.invalid("policy-with-reproduction", "The reproduction check uses the policy in force as recorded: send no policy");
        }
        return accepted(simulations.start(request.scopeKind(), request.scope(), request.policy(), reproduction, caller.subject()));
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @SecurityRequirement(name = "SecurityScheme", scopes = {Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The simulations run here, newest first: what each tried and read, its state and its differences",
            description = "Without their reports (read one simulation for its report, or its report.csv). Filter by scopeKind and "
                    + "state (running, done, failed, all).")
    public Page<Simulation> list(@QueryParam("scopeKind") @Size(max = 100) String scopeKind,
            @QueryParam("state") @DefaultValue("all") @Pattern(regexp = "running|done|failed|all") String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return simulations.list(scopeKind, "all".equals(state) ? null : state.toUpperCase(java.util.Locale.ROOT), page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @SecurityRequirement(name = "SecurityScheme", scopes = {Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A simulation: its state, progress, exact policy and log position, and its report when done")
    public Simulation one(@PathParam("id") UUID id) {
        return simulations.find(id);
    }

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @SecurityRequirement(name = "SecurityScheme", scopes = {Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The report as CSV, one row per subject of the scope",
            description = "409 simulation-not-done while it runs or when it failed.")
    public Response csv(@PathParam("id") UUID id) {
        String csv = simulations.csv(id).orElseThrow(() -> RuleViolation.conflict("simulation-not-done",
                "The simulation has no report (yet): see its state"));
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"simulation-" + id + ".csv\"").build();
    }

    @POST
    @Path("/{id}/rerun")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @SecurityRequirement(name = "SecurityScheme", scopes = {Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Run a simulation again: same policy, same log position, same moment; it must give the same report")
    @APIResponse(responseCode = "202", description = "Started again: a new simulation, RUNNING, with the same plan, position and moment",
            headers = @Header(name = "Location", description = "The new simulation's URI"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Simulation.class)))
    public Response rerun(@PathParam("id") UUID id) {
        return accepted(simulations.rerun(id, caller.subject()));
    }

    private Response accepted(Simulation started) {
        return Response.accepted(started).location(URI.create(base() + "/" + started.id())).build();
    }

    /** The path the subclass registers this resource under. */
    private String base() {
        Path path = getClass().getAnnotation(Path.class);
        if (path == null && getClass().getSuperclass() != null) {
            path = getClass().getSuperclass().getAnnotation(Path.class);
        }
        return path == null ? "/v1/simulations" : path.value();
    }
}
