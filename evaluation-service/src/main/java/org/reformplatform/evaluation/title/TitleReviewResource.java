package org.reformplatform.evaluation.title;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

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
import org.reformplatform.evaluation.Institutions;
import org.reformplatform.evaluation.researcher.Researcher;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.title.TitleReviewCommand.AppointPanelMember;
import org.reformplatform.evaluation.title.TitleReviewCommand.CastVote;
import org.reformplatform.evaluation.title.TitleReviewCommand.CloseTitleReview;
import org.reformplatform.evaluation.title.TitleReviewCommand.DecideTitleApplication;
import org.reformplatform.evaluation.title.TitleReviewCommand.FileTitleApplication;
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * Professional-title reviews (职称评审): the title authority (operators) opens a review and
 * appoints its panel; institutions file their researchers' applications; panel members (evaluators)
 * vote; the authority decides each application on the evidence on the researcher's record.
 */
@Path("/v1/title-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Title reviews", description = "Series, specialty and level; applications, review panels, decisions")
public class TitleReviewResource {

    @Schema(name = "OpenTitleReview")
    public record OpenTitleReviewRequest(
            @NotBlank @Size(max = 300) @Schema(example = "First senior-title review, engineering series, digital technology") String title,
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Z0-9_]+") @Schema(example = "ENGINEERING") String seriesCode,
            @NotBlank @Size(max = 200) @Schema(example = "Engineering series") String seriesName,
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Z0-9_]+") @Schema(example = "DIGITAL_TECHNOLOGY") String disciplineCode,
            @NotBlank @Size(max = 200) @Schema(example = "Digital technology") String disciplineName,
            @NotNull @Schema(example = "SENIOR") TitleLevel level,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull SpecialtyRequest> specialties,
            @Valid @Schema(description = "The service's defaults where absent") PolicyRequest policy,
            @Size(max = 200) @Schema(example = "Municipal human resources and social security bureau") String organiser) {
    }

    @Schema(name = "SpecialtyInput")
    public record SpecialtyRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "cloud-computing") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Cloud computing") String name) {
    }

    @Schema(name = "EligibilityPolicyInput")
    public record PolicyRequest(
            @NotNull @Min(0) @Max(30) @Schema(example = "5") Integer minYearsAtLevelBelow,
            @NotNull @Min(0) @Max(50) @Schema(example = "2") Integer minAchievements,
            @NotNull @Min(1) @Max(100) @Schema(example = "5") Integer minPanelSize) {
    }

    @Schema(name = "AppointPanelMember")
    public record AppointPanelMemberRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = "\\S+") @Schema(description = "The member's token subject", example = "panel-wang")
            String member,
            @NotBlank @Size(max = 200) @Schema(example = "Prof. Wang") String name) {
    }

    @Schema(name = "FileTitleApplication")
    public record FileApplicationRequest(
            @NotNull @Schema(example = "0b5d4c8e-2f1a-4e6b-9c3d-7a8b9c0d1e2f") UUID researcherId,
            @NotBlank @Size(max = 50) @Schema(example = "cloud-computing") String specialty,
            @Valid @Schema(description = "A domestic title the applicant holds, if any") HeldTitleRequest heldTitle,
            @NotNull @Min(0) @Max(1000) @Schema(description = "Achievements the application documents", example = "3") Integer achievements,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(description = "Operators only: the applicant's institution",
                    example = "microsatellite-centre") String institution) {
    }

    @Schema(name = "HeldTitleInput")
    public record HeldTitleRequest(
            @NotBlank @Size(max = 100) @Schema(example = "ENGINEERING") String series,
            @NotNull @Schema(example = "ASSOCIATE_SENIOR") TitleLevel level,
            @NotNull @Schema(example = "2018-12-01") LocalDate since) {
    }

    @Schema(name = "CastVote")
    public record VoteRequest(@NotNull @Schema(example = "true") Boolean approve) {
    }

    @Inject
    Aggregates aggregates;

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    TitleReviewOpening opening;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Open a title review", description = "For one series, discipline and level, with its specialties and eligibility "
            + "policy. Send an Idempotency-Key to retry safely.")
    public Response open(@Valid @NotNull OpenTitleReviewRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "OpenTitleReview", expected -> {
            TitleReviewId id = TitleReviewId.random();
            Decision<TitleReview> opened = aggregates.handle(TitleReview.TYPE, id, opening.command(id, request));
            return CommandResult.created("/v1/title-reviews/" + id.value(), opened.version(), TitleReviewView.of(opened.state(), a -> true));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST, Roles.EVALUATOR})
    @Operation(summary = "Title reviews, latest first", description = "From the read model. status: open, closed or all.")
    public Page<TitleReviewListing> list(@QueryParam("status") @DefaultValue("all") @Pattern(regexp = "open|closed|all") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        var found = status.equals("all") ? TitleReviewSummary.<TitleReviewSummary>findAll(Sort.descending("openedAt").and("id"))
                : TitleReviewSummary.<TitleReviewSummary>find("status", Sort.descending("openedAt").and("id"),
                        TitleReview.Status.valueOf(status.toUpperCase()));
        return Page.of(found.page(page, size).list().stream().map(TitleReviewListing::of).toList(), page, size, found.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST, Roles.EVALUATOR})
    @Operation(summary = "A title review with its panel and applications", description = "Partners see their own institution's "
            + "applications; evaluators see reviews whose panel they sit on. The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        Loaded<TitleReview> review = existing(new TitleReviewId(id));
        if (evaluatorOnly() && !review.state().panel().containsKey(caller.subject())) {
            throw unknownReview(id);
        }
        return Response.ok(TitleReviewView.of(review.state(), a -> caller.mayAccess(a.institution()))).tag(ETags.of(review.version())).build();
    }

    @POST
    @Path("/{id}/panel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Appoint a panel member", description = "Identified by their token subject; they vote as evaluators.")
    public Response appoint(@PathParam("id") UUID id, @Valid @NotNull AppointPanelMemberRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "AppointPanelMember", new AppointPanelMember(request.member(), request.name(), clock.instant()));
    }

    @POST
    @Path("/{id}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "File a researcher's application", description = "Under one of the review's specialties. Eligibility is decided "
            + "later, on the evidence on the researcher's record then. Send an Idempotency-Key to retry safely.")
    public Response file(@PathParam("id") UUID id, @Valid @NotNull FileApplicationRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "FileTitleApplication", expected -> {
            TitleReviewId reviewId = new TitleReviewId(id);
            existing(reviewId);
            String institution = Institutions.actingFor(caller, request.institution());
            TitleApplicationId applicationId = TitleApplicationId.random();
            HeldTitleRequest held = request.heldTitle();
            Decision<TitleReview> filed = aggregates.handle(TitleReview.TYPE, reviewId, new FileTitleApplication(applicationId,
                    new ResearcherId(request.researcherId()), institution, request.specialty(),
                    held == null ? null : new HeldTitle(held.series(), held.level(), held.since()), request.achievements(), clock.instant()));
            return CommandResult.created("/v1/title-reviews/" + id + "/applications/" + applicationId.value(), filed.version(),
                    view(filed.state(), filed.state().application(applicationId).orElseThrow()));
        });
    }

    @GET
    @Path("/{id}/applications/{applicationId}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST, Roles.EVALUATOR})
    @Operation(summary = "A title application", description = "With the panel's votes so far, the decision once made, and the applicant's "
            + "eligibility today on the evidence now on their record.")
    public Response application(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId) {
        Loaded<TitleReview> review = existing(new TitleReviewId(id));
        if (evaluatorOnly() && !review.state().panel().containsKey(caller.subject())) {
            throw unknownReview(id);
        }
        TitleApplication application = review.state().application(new TitleApplicationId(applicationId))
                .filter(a -> caller.mayAccess(a.institution()))
                .orElseThrow(() -> RuleViolation.notFound("unknown-title-application", "There is no application " + applicationId));
        return Response.ok(view(review.state(), application)).tag(ETags.of(review.version())).build();
    }

    @POST
    @Path("/{id}/applications/{applicationId}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Vote on an application, as a panel member", description = "Once per member and application.")
    public Response vote(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId, @Valid @NotNull VoteRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "CastVote",
                new CastVote(new TitleApplicationId(applicationId), caller.subject(), request.approve(), clock.instant()));
    }

    @POST
    @Path("/{id}/applications/{applicationId}/decision")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Decide an application", description = "Approved when the applicant is eligible on the evidence on their record now "
            + "(a domestic title directly below held long enough, or a recognised foreign title equivalence at or above the level; and "
            + "enough achievements, counting favourably reviewed mobility results) and two thirds of the panel approved.")
    public Response decide(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId, @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(null, ifMatch, null), "DecideTitleApplication", expected -> {
            TitleReviewId reviewId = new TitleReviewId(id);
            TitleReview review = existing(reviewId).state();
            TitleApplicationId appId = new TitleApplicationId(applicationId);
            TitleApplication application = review.application(appId)
                    .orElseThrow(() -> RuleViolation.notFound("unknown-title-application", "There is no application " + applicationId));
            Researcher researcher = aggregates.load(Researcher.TYPE, application.researcherId()).state();
            Decision<TitleReview> decided = aggregates.handle(TitleReview.TYPE, reviewId,
                    new DecideTitleApplication(appId, researcher.evidence(), clock.instant()), expected);
            return CommandResult.ok(decided.version(), view(decided.state(), decided.state().application(appId).orElseThrow()));
        });
    }

    @POST
    @Path("/{id}/closing")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Close the review once every application is decided")
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, null, "CloseTitleReview", new CloseTitleReview(clock.instant()));
    }

    private Response command(UUID id, String ifMatch, Object body, String name, TitleReviewCommand command) {
        return gateway.handle(CommandRequest.of(null, ifMatch, body), name, expected -> {
            TitleReviewId reviewId = new TitleReviewId(id);
            existing(reviewId);
            Decision<TitleReview> decision = aggregates.handle(TitleReview.TYPE, reviewId, command, expected);
            return CommandResult.ok(decision.version(), TitleReviewView.of(decision.state(), a -> caller.mayAccess(a.institution())));
        });
    }

    private TitleApplicationView view(TitleReview review, TitleApplication application) {
        Researcher researcher = aggregates.load(Researcher.TYPE, application.researcherId()).state();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        return TitleApplicationView.of(review, application, TitleEligibility.assess(review, application, researcher.evidence(), today));
    }

    private boolean evaluatorOnly() {
        return caller.is(Roles.EVALUATOR) && !caller.is(Roles.PARTNER) && !caller.is(Roles.OPERATOR) && !caller.is(Roles.ANALYST);
    }

    private Loaded<TitleReview> existing(TitleReviewId id) {
        Loaded<TitleReview> review = aggregates.load(TitleReview.TYPE, id);
        if (!review.exists()) {
            throw unknownReview(id.value());
        }
        return review;
    }

    private static RuleViolation unknownReview(UUID id) {
        return RuleViolation.notFound("unknown-title-review", "There is no title review " + id);
    }
}
