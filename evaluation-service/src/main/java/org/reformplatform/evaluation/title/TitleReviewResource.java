package org.reformplatform.evaluation.title;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;

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
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.command.Loaded;
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

        public TitleReviewTerms terms() {
            return new TitleReviewTerms(title, seriesCode, seriesName, disciplineCode, disciplineName, level,
                    specialties.stream().map(s -> new Specialty(s.code(), s.name())).toList(),
                    policy == null ? null : new EligibilityPolicy(policy.minYearsAtLevelBelow(), policy.minAchievements(), policy.minPanelSize()),
                    organiser);
        }
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

        HeldTitle toHeldTitle() {
            return new HeldTitle(series, level, since);
        }
    }

    @Schema(name = "CastVote")
    public record VoteRequest(@NotNull @Schema(example = "true") Boolean approve) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    TitleReviewAccess reviews;

    @Inject
    OpenTitleReviewHandler open;

    @Inject
    AppointPanelMemberHandler appoint;

    @Inject
    FileTitleApplicationHandler file;

    @Inject
    CastVoteHandler vote;

    @Inject
    DecideTitleApplicationHandler decide;

    @Inject
    CloseTitleReviewHandler close;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Open a title review", description = "For one series, discipline and level, with its specialties and eligibility "
            + "policy. Send an Idempotency-Key to retry safely.")
    public Response open(@Valid @NotNull OpenTitleReviewRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "OpenTitleReview", expected -> {
            TitleReviewId id = TitleReviewId.random();
            Decision<TitleReview> opened = open.handle(id, request.terms());
            return CommandResult.created("/v1/title-reviews/" + id.value(), opened.version(), TitleReviewView.of(opened.state(), a -> true));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST, Roles.EVALUATOR})
    @Operation(summary = "Title reviews, latest first", description = "From the read model. status: open, closed or all.")
    public Page<TitleReviewListing> list(@QueryParam("status") @DefaultValue("all") @Pattern(regexp = "open|closed|all") String status,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("status", ListFilter.status(status, TitleReview.Status.class))
                .page(TitleReviewSummary.class,
                        Sort.descending("openedAt").and("id"), paging, TitleReviewListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST, Roles.EVALUATOR})
    @Operation(summary = "A title review with its panel and applications", description = "Partners see their own institution's "
            + "applications; evaluators see reviews whose panel they sit on. The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(reviews.visible(new TitleReviewId(id)), reviews::view);
    }

    @POST
    @Path("/{id}/panel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Appoint a panel member", description = "Identified by their token subject; they vote as evaluators.")
    public Response appoint(@PathParam("id") UUID id, @Valid @NotNull AppointPanelMemberRequest request, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, request, "AppointPanelMember",
                (review, expected) -> appoint.handle(review, request.member(), request.name(), expected));
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
            TitleReviewId review = reviews.existing(new TitleReviewId(id)).state().id();
            String institution = Institutions.actingFor(caller, request.institution());
            TitleApplicationId application = TitleApplicationId.random();
            Decision<TitleReview> filed = file.handle(review, application, new ResearcherId(request.researcherId()), institution,
                    request.specialty(), request.heldTitle() == null ? null : request.heldTitle().toHeldTitle(), request.achievements());
            return CommandResult.created("/v1/title-reviews/" + id + "/applications/" + application.value(), filed.version(),
                    reviews.view(filed.state(), filed.state().application(application).orElseThrow()));
        });
    }

    @GET
    @Path("/{id}/applications/{applicationId}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST, Roles.EVALUATOR})
    @Operation(summary = "A title application", description = "With the panel's votes so far, the decision once made, and the applicant's "
            + "eligibility today on the evidence now on their record.")
    public Response application(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId) {
        Loaded<TitleReview> review = reviews.visible(new TitleReviewId(id));
        TitleApplication application = reviews.application(review.state(), new TitleApplicationId(applicationId));
        return ETags.tagged(reviews.view(review.state(), application), review.version());
    }

    @POST
    @Path("/{id}/applications/{applicationId}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Vote on an application, as a panel member", description = "Once per member and application.")
    public Response vote(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId, @Valid @NotNull VoteRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, request, "CastVote", (review, expected) -> vote.handle(review, new TitleApplicationId(applicationId),
                caller.subject(), request.approve(), expected));
    }

    @POST
    @Path("/{id}/applications/{applicationId}/decision")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Decide an application", description = "Approved when the applicant is eligible on the evidence on their record now "
            + "(a domestic title directly below held long enough, or a recognised foreign title equivalence at or above the level; and "
            + "enough achievements, counting favourably reviewed mobility results) and two thirds of the panel approved.")
    public Response decide(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId, @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(null, ifMatch, null), "DecideTitleApplication", expected -> {
            TitleReviewId review = reviews.existing(new TitleReviewId(id)).state().id();
            TitleApplicationId application = new TitleApplicationId(applicationId);
            Decision<TitleReview> decided = decide.handle(review, application, expected);
            return CommandResult.ok(decided.version(), reviews.view(decided.state(), decided.state().application(application).orElseThrow()));
        });
    }

    @POST
    @Path("/{id}/closing")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Close the review once every application is decided")
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, null, "CloseTitleReview", close::handle);
    }

    /** A command on a review that exists, answered with the review as the caller sees it now. */
    private Response change(UUID id, String ifMatch, Object body, String name,
            BiFunction<TitleReviewId, OptionalInt, Decision<TitleReview>> command) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                expected -> command.apply(reviews.existing(new TitleReviewId(id)).state().id(), expected), reviews::view);
    }
}
