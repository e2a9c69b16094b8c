package org.reformplatform.admissions.application;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.admissions.application.ApplicationCommand.AssignReviewers;
import org.reformplatform.admissions.application.ApplicationCommand.DecideSpecialReview;
import org.reformplatform.admissions.application.ApplicationCommand.DeclareConflictOfInterest;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitReview;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.review.CommitteeVerdict;
import org.reformplatform.admissions.review.CriterionScore;
import org.reformplatform.admissions.review.Nomination;
import org.reformplatform.admissions.review.Recommendation;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * Review of one application: operators assign reviewers; reviewers declare conflicts and score the applications on
 * their panel; the non-consensus policy decides when the required reviews are in, or sends the case
 * to the special-review docket, where the admissions committee (operators) decides with a rationale.
 */
@Path("/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review", description = "Reviewer panels, scores, the non-consensus policy and the special-review docket")
public class ReviewResource {

    @Schema(name = "AssignReviewers")
    public record AssignReviewersRequest(@NotEmpty @Size(max = 20) List<@Valid @NotNull NominationRequest> reviewers) {
    }

    @Schema(name = "ReviewerNomination")
    public record NominationRequest(
            @NotBlank @Size(max = 200) @Schema(example = "reviewer-zhang", description = "The reviewer's token subject") String reviewer,
            @Size(max = 2000) @Schema(description = "A conflict of interest the reviewer declared when asked: the assignment is then refused",
                    example = "null") String conflictOfInterest) {
    }

    @Schema(name = "ConflictOfInterest")
    public record ConflictRequest(
            @Size(max = 200) @Schema(description = "Operators name the reviewer; a reviewer declares for themselves and may omit it",
                    example = "reviewer-zhang") String reviewer,
            @NotBlank @Size(max = 2000) @Schema(example = "I supervised the candidate's bachelor thesis") String statement) {
    }

    @Schema(name = "Review")
    public record ReviewRequest(
            @NotEmpty @Size(max = 50) List<@Valid @NotNull ScoreRequest> scores,
            @NotNull @Schema(example = "ADMIT") Recommendation recommendation,
            @Size(max = 10_000) @Schema(example = "Working prototype; the vision model generalises well") String comment) {
    }

    @Schema(name = "CriterionScoreInput")
    public record ScoreRequest(
            @NotBlank @Size(max = 50) @Schema(example = "originality") String criterion,
            @NotNull @Schema(example = "8", description = "From 0 to the criterion's maxScore") Integer score) {
    }

    @Schema(name = "CommitteeDecision")
    public record CommitteeDecisionRequest(
            @NotNull @Schema(example = "ADMIT") CommitteeVerdict decision,
            @NotBlank @Size(max = 10_000) @Schema(example = "An unusual but convincing approach; the low scores reflect the criteria, not the talent")
            String rationale) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    ApplicationAccess access;

    @Inject
    Caller caller;

    @Inject
    ApplicationProgressHandler progress;

    @Inject
    DeclareConflictOfInterestHandler conflicts;

    @Inject
    SubmitReviewHandler reviews;

    @Inject
    DecideSpecialReviewHandler committee;

    @POST
    @Path("/{id}/reviewers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Assign reviewers to an application", description = "Reviewers are token subjects. The panel must reach the "
            + "application's required reviews; a reviewer with a declared conflict of interest is refused (409). Reviewers already on "
            + "the panel are left as they are.")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull AssignReviewersRequest request, @HeaderParam("If-Match") String ifMatch) {
        List<Nomination> nominations = request.reviewers().stream().map(n -> new Nomination(n.reviewer(), n.conflictOfInterest())).toList();
        return gateway.change(CommandRequest.of(null, ifMatch, request), "AssignReviewers",
                expected -> progress.assignReviewers(new ApplicationId(id), nominations, expected),
                application -> ApplicationView.of(application, ApplicationView.Audience.STAFF));
    }

    @POST
    @Path("/{id}/conflicts-of-interest")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Declare a conflict of interest", description = "A reviewer on the panel declares for themselves; an operator "
            + "records one for a named reviewer. The reviewer leaves the panel and can never review this application.")
    public Response declareConflict(@PathParam("id") UUID id, @Valid @NotNull ConflictRequest request, @HeaderParam("If-Match") String ifMatch) {
        boolean operator = caller.is(Roles.OPERATOR);
        String declaredBy = operator ? null : caller.subject();
        return gateway.change(CommandRequest.of(null, ifMatch, request), "DeclareConflictOfInterest", expected -> {
            ApplicationId applicationId = new ApplicationId(id);
            access.visible(applicationId);
            return conflicts.handle(applicationId, declaredBy, request.reviewer(), request.statement(), expected);
        }, application -> ApplicationView.of(application, operator ? ApplicationView.Audience.STAFF : ApplicationView.Audience.REVIEWER));
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Review an application assigned to you", description = "Score every criterion from 0 to its maximum and "
            + "recommend REJECT, ADMIT or CHAMPION. One review per reviewer. The last required review lets the non-consensus policy "
            + "decide: admitted or rejected against the admission bar, or referred to the special-review docket.")
    public Response review(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("If-Match") String ifMatch) {
        String reviewer = caller.subject();
        List<CriterionScore> scores = request.scores().stream().map(s -> new CriterionScore(s.criterion(), s.score())).toList();
        return gateway.handle(CommandRequest.of(idempotencyKey, ifMatch, request), "SubmitReview", expected -> {
            Decision<Application> decision = reviews.handle(new ApplicationId(id), reviewer, scores, request.recommendation(), request.comment(),
                    expected);
            Application a = decision.state();
            var mine = a.panel().reviews().stream().filter(r -> r.reviewer().equals(reviewer)).findFirst().orElseThrow();
            return CommandResult.ok(decision.version(), new ReviewReceipt(a.id().value(), reviewer, mine.total(), a.panel().reviews().size(),
                    a.panel().requiredReviews(), a.status().name().toLowerCase()));
        });
    }

    @POST
    @Path("/{id}/committee-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Decide a special-review case as the admissions committee", description = "Admit or reject an application "
            + "on the docket, with the rationale recorded in the decision event. Admission creates the student.")
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull CommitteeDecisionRequest request, @HeaderParam("If-Match") String ifMatch) {
        String member = caller.subject();
        return gateway.change(CommandRequest.of(null, ifMatch, request), "DecideSpecialReview",
                expected -> committee.handle(new ApplicationId(id), request.decision(), request.rationale(), member, expected),
                application -> ApplicationView.of(application, ApplicationView.Audience.STAFF));
    }
}
