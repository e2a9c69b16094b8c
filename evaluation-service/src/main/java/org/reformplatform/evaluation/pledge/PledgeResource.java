package org.reformplatform.evaluation.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** Pledge agreements (军令状): institutions sign them with their researchers, record targets met and have them assessed. */
@Path("/v1/pledges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Challenges and pledges", description = "Open challenges (揭榜挂帅) and pledge agreements (军令状)")
public class PledgeResource {

    /** The terms of a pledge agreement (军令状), as an institution sends them: for a pledge of its own or for a challenge it takes. */
    @Schema(name = "PledgeTerms")
    public record PledgeTermsRequest(
            @NotNull @Schema(example = "0b5d4c8e-2f1a-4e6b-9c3d-7a8b9c0d1e2f") UUID leaderId,
            @Size(max = 50) List<@NotNull UUID> team,
            @NotBlank @Size(max = 300) @Schema(example = "Clinical-grade CAR-T manufacturing process within 18 months") String title,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull TargetRequest> targets,
            @NotNull @Schema(example = "2027-06-30") LocalDate deadline,
            @NotBlank @Size(max = 2000) @Schema(example = "Project lead withdrawn; not eligible to lead an institute project for two years")
            String consequences,
            @NotNull @Schema(description = "What fulfilment is credited to", example = "REWARD") OutcomeUse use,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(description = "Operators only: the institution", example = "biomed-institute")
            String institution) {

        @Schema(name = "PledgeTargetInput")
        public record TargetRequest(
                @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "process-validated") String code,
                @NotBlank @Size(max = 1000) @Schema(example = "Process validated on three consecutive batches") String description) {
        }

        public PledgeTerms terms() {
            return new PledgeTerms(new ResearcherId(leaderId), team == null ? List.of() : team.stream().map(ResearcherId::new).toList(), title,
                    targets.stream().map(t -> new PledgeTarget(t.code(), t.description(), null, null)).toList(), deadline, consequences, use);
        }
    }

    @Schema(name = "RecordTargetMet")
    public record TargetMetRequest(
            @NotNull @Schema(example = "2027-03-15") LocalDate metOn,
            @Size(max = 2000) @Schema(example = "Batch records 2027-01 to 2027-03, QA report 17") String evidence) {
    }

    @Schema(name = "AssessPledge")
    public record AssessRequest(@NotNull @Schema(description = "The day of the assessment, after the deadline", example = "2027-07-01") LocalDate on) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    PledgeAccess pledges;

    @Inject
    SignPledgeHandler sign;

    @Inject
    RecordTargetMetHandler targetMet;

    @Inject
    AssessPledgeHandler assess;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Sign a pledge agreement", description = "Targets, a deadline after today and the consequences of failing. "
            + "Pledges for a published challenge are signed by taking the challenge. Send an Idempotency-Key to retry safely.")
    public Response sign(@Valid @NotNull PledgeTermsRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "SignPledge", expected -> {
            PledgeId id = PledgeId.random();
            Decision<Pledge> signed = sign.handle(id, Institutions.actingFor(caller, request.institution()), request.terms(), null, null);
            return CommandResult.created("/v1/pledges/" + id.value(), signed.version(), PledgeView.of(signed.state()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Pledges, by deadline", description = "From the read model; partners see their own. status: signed, fulfilled, failed or all.")
    public Page<PledgeListing> list(@QueryParam("institution") String institution,
            @QueryParam("status") @DefaultValue("all") @Pattern(regexp = "signed|fulfilled|failed|all") String status,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .owned("institution", caller, institution)
                .equal("status", ListFilter.status(status, Pledge.Status.class))
                .page(PledgeSummary.class,
                        Sort.by("deadline").and("id"), paging, PledgeListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A pledge, current as of now", description = "The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(pledges.visible(new PledgeId(id)), PledgeView::of);
    }

    @POST
    @Path("/{id}/targets/{code}/fulfilment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Record a target met", description = "On or before the deadline. The last target met fulfils the pledge.")
    public Response targetMet(@PathParam("id") UUID id, @PathParam("code") String code, @Valid @NotNull TargetMetRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, request, "RecordTargetMet",
                (pledge, expected) -> targetMet.handle(pledge, code, request.metOn(), request.evidence(), expected));
    }

    @POST
    @Path("/{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Assess a pledge after its deadline", description = "A pledge not fulfilled by its deadline fails, with its consequences.")
    public Response assess(@PathParam("id") UUID id, @Valid @NotNull AssessRequest request, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, request, "AssessPledge", (pledge, expected) -> assess.handle(pledge, request.on(), expected));
    }

    /** A command on a pledge the caller may see, answered with the pledge as it is now. */
    private Response change(UUID id, String ifMatch, Object body, String name, BiFunction<PledgeId, OptionalInt, Decision<Pledge>> command) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                expected -> command.apply(pledges.visible(new PledgeId(id)).state().id(), expected), PledgeView::of);
    }
}
