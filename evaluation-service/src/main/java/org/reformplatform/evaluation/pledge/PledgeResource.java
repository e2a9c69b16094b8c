package org.reformplatform.evaluation.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.evaluation.Institutions;
import org.reformplatform.evaluation.pledge.PledgeCommand.AssessPledge;
import org.reformplatform.evaluation.pledge.PledgeCommand.RecordTargetMet;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/** Pledge agreements (军令状): institutions sign them with their researchers, record targets met and have them assessed. */
@Path("/v1/pledges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges and pledges", description = "Open challenges (揭榜挂帅) and pledge agreements (军令状)")
public class PledgeResource {

    @Schema(name = "RecordTargetMet")
    public record TargetMetRequest(
            @NotNull @Schema(example = "2027-03-15") LocalDate metOn,
            @Size(max = 2000) @Schema(example = "Batch records 2027-01 to 2027-03, QA report 17") String evidence) {
    }

    @Schema(name = "AssessPledge")
    public record AssessRequest(@NotNull @Schema(description = "The day of the assessment, after the deadline", example = "2027-07-01") LocalDate on) {
    }

    @Inject
    Aggregates aggregates;

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Sign a pledge agreement", description = "Targets, a deadline after today and the consequences of failing. "
            + "Pledges for a published challenge are signed by taking the challenge. Send an Idempotency-Key to retry safely.")
    public Response sign(@Valid @NotNull PledgeTermsRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "SignPledge", expected -> {
            String institution = Institutions.actingFor(caller, request.institution());
            PledgeId id = PledgeId.random();
            Decision<Pledge> signed = aggregates.handle(Pledge.TYPE, id, request.toCommand(id, institution, null, null, clock.instant()));
            return CommandResult.created("/v1/pledges/" + id.value(), signed.version(), PledgeView.of(signed.state()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Pledges, by deadline", description = "From the read model; partners see their own. status: signed, fulfilled, failed or all.")
    public Page<PledgeListing> list(@QueryParam("institution") String institution,
            @QueryParam("status") @DefaultValue("all") @Pattern(regexp = "signed|fulfilled|failed|all") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ListFilter filter = ListFilter.all()
                .equal("institution", caller.organisationFilter(institution))
                .equal("status", ListFilter.status(status, Pledge.Status.class));
        var found = PledgeSummary.<PledgeSummary>find(filter.query(), Sort.by("deadline").and("id"), filter.params());
        return Page.of(found.page(page, size).list().stream().map(PledgeListing::of).toList(), page, size, found.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A pledge, current as of now", description = "The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        Loaded<Pledge> pledge = visible(new PledgeId(id));
        return Response.ok(PledgeView.of(pledge.state())).tag(ETags.of(pledge.version())).build();
    }

    @POST
    @Path("/{id}/targets/{code}/fulfilment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Record a target met", description = "On or before the deadline. The last target met fulfils the pledge.")
    public Response targetMet(@PathParam("id") UUID id, @PathParam("code") String code, @Valid @NotNull TargetMetRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "RecordTargetMet", new RecordTargetMet(code, request.metOn(), request.evidence(), clock.instant()));
    }

    @POST
    @Path("/{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Assess a pledge after its deadline", description = "A pledge not fulfilled by its deadline fails, with its consequences.")
    public Response assess(@PathParam("id") UUID id, @Valid @NotNull AssessRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "AssessPledge", new AssessPledge(request.on(), clock.instant()));
    }

    private Response command(UUID id, String ifMatch, Object body, String name, PledgeCommand command) {
        return gateway.handle(CommandRequest.of(null, ifMatch, body), name, expected -> {
            PledgeId pledgeId = new PledgeId(id);
            visible(pledgeId);
            Decision<Pledge> decision = aggregates.handle(Pledge.TYPE, pledgeId, command, expected);
            return CommandResult.ok(decision.version(), PledgeView.of(decision.state()));
        });
    }

    private Loaded<Pledge> visible(PledgeId id) {
        Loaded<Pledge> pledge = aggregates.load(Pledge.TYPE, id);
        if (!pledge.exists() || !caller.mayAccess(pledge.state().institution())) {
            throw RuleViolation.notFound("unknown-pledge", "There is no pledge " + id.value());
        }
        return pledge;
    }
}
