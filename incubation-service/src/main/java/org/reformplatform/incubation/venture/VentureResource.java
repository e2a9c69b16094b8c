package org.reformplatform.incubation.venture;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.Centres;
import org.reformplatform.incubation.MoneyRequest;
import org.reformplatform.incubation.partner.PartnerId;
import org.reformplatform.incubation.venture.CloseFundingRoundHandler.NamedInvestor;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** Ventures: operators take them from application to graduation (or closure), with mentors, milestones and rounds; analysts read them. */
@Path("/v1/ventures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ventures", description = "Student and faculty start-ups incubated at a centre")
public class VentureResource {

    @Schema(name = "ApplyForIncubation")
    public record ApplyRequest(
            @Pattern(regexp = Centres.CODE_PATTERN) @Schema(example = "future-innovation-centre",
                    description = "The centre applied to; the default centre if absent") String centre,
            @NotBlank @Size(max = 200) @Schema(example = "Deep Vision Robotics") String name,
            @NotNull @Schema(example = "STUDENT") VentureOrigin origin,
            @Size(max = 2000) @Schema(example = "Vision-guided sorting robots for recycling plants") String summary,
            @NotNull @Schema(example = "2026-02-10") LocalDate appliedOn) {
    }

    @Schema(name = "StageChange")
    public record StageChangeRequest(
            @NotNull @Schema(example = "ADMITTED", description = "The next stage: ADMITTED, INCUBATING, ACCELERATING or GRADUATED") VentureStage stage,
            @NotNull @Schema(example = "2026-03-01") LocalDate on) {
    }

    @Schema(name = "CloseVenture")
    public record ClosureRequest(
            @NotBlank @Size(max = 1000) @Schema(example = "The founders returned to their studies") String reason,
            @NotNull @Schema(example = "2026-09-30") LocalDate closedOn) {
    }

    @Schema(name = "AssignMentor")
    public record MentorRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Li Wei") String name,
            @Size(max = 200) @Schema(example = "hillhouse-vc") String organisation,
            @Size(max = 500) @Schema(example = "Go-to-market for industrial robotics") String expertise,
            @NotNull @Schema(example = "2026-03-05") LocalDate assignedOn) {
    }

    @Schema(name = "RecordMilestone")
    public record MilestoneRequest(
            @NotBlank @Size(max = 300) @Schema(example = "First paying customer") String milestone,
            @NotNull @Schema(example = "2026-06-12") LocalDate reachedOn) {
    }

    @Schema(name = "CloseFundingRound")
    public record RoundRequest(
            @NotBlank @Size(max = 100) @Schema(example = "Series A") String roundName,
            @NotNull @Valid MoneyRequest amount,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull InvestorRequest> investors,
            @NotNull @Schema(example = "2026-07-01") LocalDate closedOn) {
    }

    @Schema(name = "Investor", description = "A partner (partnerId; its name by default) or an external investor (name only)")
    public record InvestorRequest(
            @Schema(example = "3f1c1f8e-6f1b-3c2a-9d55-0a8f2e1b7c44") UUID partnerId,
            @Size(max = 200) @Schema(example = "Hillhouse Capital") String name,
            @Valid @Schema(description = "What this investor put in; give every investor's or none") MoneyRequest commitment) {

        NamedInvestor named() {
            return new NamedInvestor(partnerId == null ? null : new PartnerId(partnerId), name, commitment == null ? null : commitment.toMoney());
        }
    }

    @Schema(name = "AddFounder")
    public record FounderRequest(
            @NotNull @Schema(example = "STUDENT") FounderKind kind,
            @Schema(description = "For STUDENT: the studentId admissions-service assigned", example = "6b0f7c2e-2f43-4e0a-9a55-1c1f3b7d9e01") UUID studentId,
            @Schema(description = "For RESEARCHER: the researcherId used in mobility-service") UUID researcherId,
            @NotBlank @Size(max = 200) @Schema(example = "Zhang Min") String name) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    Centres centres;

    @Inject
    VentureAccess access;

    @Inject
    ApplyForIncubationHandler applying;

    @Inject
    ChangeStageHandler stages;

    @Inject
    CloseVentureHandler closing;

    @Inject
    AddFounderHandler founders;

    @Inject
    AssignMentorHandler mentors;

    @Inject
    RecordMilestoneHandler milestones;

    @Inject
    CloseFundingRoundHandler rounds;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a venture's application for incubation", description = "It starts at the stage 'applied'. "
            + "Send an Idempotency-Key to retry safely.")
    public Response apply(@Valid @NotNull ApplyRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "ApplyForIncubation", expected -> {
            VentureId id = VentureId.random();
            Decision<Venture> applied = applying.handle(id, centres.orDefault(request.centre()), request.name(), request.origin(),
                    request.summary(), request.appliedOn());
            return CommandResult.created("/v1/ventures/" + id.value(), applied.version(), VentureView.of(applied.state()));
        });
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Ventures, by name", description = "From the read model; filter by centre and stage.")
    public Page<VentureListing> list(@QueryParam("centre") @Pattern(regexp = Centres.CODE_PATTERN) String centre,
            @QueryParam("stage") VentureStage stage,
            @Valid @BeanParam PageRequest paging) {
        return VentureSummary.byName(centre, stage, paging, VentureListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One venture with founders, mentors, milestones and rounds, current as of now",
            description = "The ETag is its version, for If-Match on commands.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.visible(new VentureId(id)), VentureView::of);
    }

    @POST
    @Path("/{id}/stage-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Move the venture on to its next stage", description = "applied → admitted → incubating → accelerating → "
            + "graduated, one step at a time; anything else is a 409 illegal-stage-change. Closing is /closure.")
    public Response changeStage(@PathParam("id") UUID id, @Valid @NotNull StageChangeRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(CommandRequest.of(null, ifMatch, request), "ChangeStage",
                expected -> stages.handle(new VentureId(id), request.stage(), request.on(), expected));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Close the venture, with a reason", description = "At any stage before graduation.")
    public Response close(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(CommandRequest.of(null, ifMatch, request), "CloseVenture",
                expected -> closing.handle(new VentureId(id), request.reason(), request.closedOn(), expected));
    }

    @POST
    @Path("/{id}/founders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Name a founder of the venture", description = "Published as FounderJoined. A student or researcher is "
            + "verified as soon as the admission (admissions.StudentAdmitted) or leave-to-found arrangement "
            + "(mobility.ArrangementActivated) is known here, whether it arrived before or arrives after.")
    public Response addFounder(@PathParam("id") UUID id, @Valid @NotNull FounderRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(CommandRequest.of(null, ifMatch, request), "AddFounder", expected -> founders.handle(new VentureId(id), request.kind(),
                request.studentId(), request.researcherId(), request.name(), expected));
    }

    @POST
    @Path("/{id}/mentors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Assign a mentor to the venture")
    public Response assignMentor(@PathParam("id") UUID id, @Valid @NotNull MentorRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(CommandRequest.of(null, ifMatch, request), "AssignMentor", expected -> mentors.handle(new VentureId(id),
                new Mentor(request.name(), request.organisation(), request.expertise(), request.assignedOn()), expected));
    }

    @POST
    @Path("/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a key milestone the venture reached", description = "Published as VentureMilestoneReached; "
            + "mobility-service records it on a researcher founder's leave-to-found arrangement.")
    public Response recordMilestone(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(CommandRequest.of(null, ifMatch, request), "RecordMilestone",
                expected -> milestones.handle(new VentureId(id), new Milestone(request.milestone(), request.reachedOn()), expected));
    }

    @POST
    @Path("/{id}/funding-rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record an investment round the venture closed", description = "Exact amounts: decimal strings with at "
            + "most the currency's decimal places, more than zero; investors' commitments, if given, add up to the amount exactly. "
            + "A closed venture takes no rounds (409). Send an Idempotency-Key to retry safely.")
    public Response closeRound(@PathParam("id") UUID id, @Valid @NotNull RoundRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("If-Match") String ifMatch) {
        return command(CommandRequest.of(idempotencyKey, ifMatch, request), "CloseFundingRound", expected -> rounds.handle(new VentureId(id),
                request.roundName(), request.amount().toMoney(), request.investors().stream().map(InvestorRequest::named).toList(),
                request.closedOn(), expected));
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "What happened to the venture, in order", description = "From the read model.")
    public Page<TimelineListing> timeline(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        access.visible(new VentureId(id));
        return ListFilter.all().equal("ventureId", id).page(TimelineEntry.class,
                Sort.by("streamVersion"), PageRequest.of(page, size), TimelineListing::of);
    }

    /** A command on one venture: the venture as it is after it. */
    private Response command(CommandRequest request, String name, Function<OptionalInt, Decision<Venture>> handler) {
        return gateway.change(request, name, handler::apply, VentureView::of);
    }
}
