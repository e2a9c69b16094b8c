package org.reformplatform.admissions.intake;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.intake.IntakeEventCommand.CloseIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.CreateIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.ExtendIntakeEvent;
import org.reformplatform.admissions.intake.IntakeEventCommand.OpenIntakeEvent;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** Intake events: operators announce, open, extend and close them; everyone signed in can browse them. */
@Path("/v1/intake-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Intake events", description = "Camps, maker contests and project sprints, open all year round")
public class IntakeEventResource {

    @Schema(name = "CreateIntakeEvent")
    public record CreateIntakeEventRequest(
            @NotBlank @Size(max = 200) @Schema(example = "AI summer camp 2026") String title,
            @NotNull @Schema(example = "CAMP") IntakeEventKind kind,
            @NotNull @Schema(example = "2026-06-01T00:00:00+08:00") OffsetDateTime opensAt,
            @NotNull @Schema(example = "2026-07-01T00:00:00+08:00") OffsetDateTime closesAt,
            @NotNull @Min(1) @Max(100_000) @Schema(example = "120") Integer capacity,
            @Min(2) @Max(20) @Schema(description = "Reviews each application needs, at least 2 (one review has no spread); the service default if absent",
                    example = "3") Integer requiredReviews,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull ChallengeRequest> challenges,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionRequest> criteria,
            @Valid @Schema(description = "The event's own non-consensus policy; the service's default (adopted as version 1) if absent")
            NonConsensusPolicyRequest nonConsensusPolicy,
            @Min(1) @Max(1_000_000) @Schema(description = "Caps the applications the event receives in all; at least the capacity; no cap if absent",
                    example = "500") Integer applicationLimit,
            @Schema(description = "Blind review: reviewers see the project work and a review pseudonym, never who the candidate is; "
                    + "operators see the identity once the application is decided. Not blind if absent") Boolean blindReview) {
    }

    @Schema(name = "NonConsensusPolicyInput")
    public record NonConsensusPolicyRequest(
            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(example = "70",
                    description = "Mean total (0-100) at or above which an application is admitted") BigDecimal admissionBar,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(example = "25",
                    description = "Spread of reviewers' totals at or above which an application goes to special review") BigDecimal spreadThreshold,
            @Schema(description = "What the bar, the spread test and the event's ranking read: RAW reviewers' totals (if absent when the "
                    + "event is announced) or CALIBRATED ones, each reviewer's habit within the event taken out; absent in a revision: "
                    + "unchanged") ScoreBasis scores) {
    }

    @Schema(name = "ChallengeInput")
    public record ChallengeRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "robot-arm") String code,
            @NotBlank @Size(max = 200) @Schema(example = "A robot arm that sorts recyclables") String title) {
    }

    @Schema(name = "ScoringCriterionInput")
    public record CriterionRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "originality") String code,
            @Size(max = 500) @Schema(example = "How new the idea and approach are") String description,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Schema(example = "0.4",
                    description = "Share of the total; the weights of an event add up to exactly 1") BigDecimal weight,
            @NotNull @Min(1) @Max(1000) @Schema(example = "10") Integer maxScore) {
    }

    @Schema(name = "ExtendIntakeEvent")
    public record ExtendRequest(@NotNull @Schema(example = "2026-07-15T00:00:00+08:00") OffsetDateTime closesAt) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    IntakeEventAccess events;

    @Inject
    CreateIntakeEventHandler create;

    @Inject
    IntakeEventLifecycleHandler lifecycle;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Announce an intake event", description = "With its window, places, challenges and weighted criteria. "
            + "It accepts applications once opened. Send an Idempotency-Key to retry safely.")
    public Response create(@Valid @NotNull CreateIntakeEventRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.create(CommandRequest.of(idempotencyKey, null, request), "CreateIntakeEvent",
                expected -> create.handle(request.title(), request.kind(),
                        new ApplicationWindow(request.opensAt().toInstant(), request.closesAt().toInstant()), request.capacity(), request.requiredReviews(),
                        request.challenges().stream().map(c -> new Challenge(c.code(), c.title())).toList(),
                        request.criteria().stream().map(c -> new ScoringCriterion(c.code(), c.description(), c.weight(), c.maxScore())).toList(),
                        request.nonConsensusPolicy() == null ? null : request.nonConsensusPolicy().admissionBar(),
                        request.nonConsensusPolicy() == null ? null : request.nonConsensusPolicy().spreadThreshold(),
                        request.applicationLimit(), Boolean.TRUE.equals(request.blindReview()),
                        request.nonConsensusPolicy() == null ? null : request.nonConsensusPolicy().scores()),
                intakeEvent -> "/v1/intake-events/" + intakeEvent.id().value(),
                IntakeEventView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One intake event, current as of now", description = "The ETag is its version, for If-Match on commands.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(events.existing(new IntakeEventId(id)), IntakeEventView::of);
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Intake events with their remaining places", description = "From the read model, soonest closing first. "
            + "status: open (default), announced, closed or all.")
    public Page<IntakeEventListing> list(@QueryParam("status") @DefaultValue("open") @Pattern(regexp = "open|announced|closed|all") String status,
            @QueryParam("kind") IntakeEventKind kind,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("status", ListFilter.status(status, IntakeEvent.Status.class))
                .equal("kind", kind)
                .page(IntakeEventSummary.class, Sort.by("closesAt").and("id"), paging, IntakeEventListing::of);
    }

    @POST
    @Path("/{id}/opening")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Open an announced intake event for applications")
    public Response open(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, null, "OpenIntakeEvent", new OpenIntakeEvent());
    }

    @POST
    @Path("/{id}/closing")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Close an open intake event: it accepts no more applications")
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, null, "CloseIntakeEvent", new CloseIntakeEvent());
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Extend the application window to a later closing time")
    public Response extend(@PathParam("id") UUID id, @Valid @NotNull ExtendRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "ExtendIntakeEvent", new ExtendIntakeEvent(request.closesAt().toInstant()));
    }

    @POST
    @Path("/{id}/non-consensus-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Revise the event's non-consensus policy before it opens",
            description = "A new version of the event's policy; 409 intake-event-not-announced once it is open: its applications are all "
                    + "judged by the policy in force when they were submitted. The same thresholds again change nothing.")
    public Response reviseNonConsensusPolicy(@PathParam("id") UUID id, @Valid @NotNull NonConsensusPolicyRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "ReviseNonConsensusPolicy",
                new IntakeEventCommand.ReviseNonConsensusPolicy(request.admissionBar(), request.spreadThreshold(), request.scores()));
    }

    private Response command(UUID id, String ifMatch, Object body, String name, IntakeEventCommand command) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                expected -> lifecycle.handle(new IntakeEventId(id), command, expected), IntakeEventView::of);
    }
}
