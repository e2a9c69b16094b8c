package org.reformplatform.mobility.arrangement;

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
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.GroupCounts;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.eventsourcing.ops.RegionalCalendar;
import org.reformplatform.mobility.researcher.ResearcherId;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * Mobility arrangements. The home institution applies for its researchers and decides where the
 * policy delegates it; every party signs for itself; operators approve what is not delegated and
 * record start-up milestones. A partner sees the arrangements its organisation is party to.
 */
@Path("/v1/arrangements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrangements", description = "Leave to found, part-time innovation, secondment and enterprise talent")
public class ArrangementResource {

    private static final String ORGANISATION = "\\S(.*\\S)?";

    /** The due list's order: the date each row is due on, as {@link DueArrangementListing#of} picks it. */
    private static final String DUE_ON = "case when status = :approved then signBy when status = :decisionDue then decideBy "
            + "when deferredUntil is not null and endsOn < :today then deferredUntil else endsOn end";

    /** Arrangements counted by institution, then form. */
    private static final GroupCounts BY_INSTITUTION_AND_FORM = new GroupCounts(ArrangementSummary.class, "institution, form");

    @Schema(name = "ApplyForArrangement")
    public record ApplyRequest(
            @NotNull @Schema(example = "6f1c2a9e-7d3b-4c1e-9a55-0b8e2f4d1c77", description = "The id the institution gives the researcher everywhere")
            UUID researcherId,
            @NotBlank @Size(max = 200) @Schema(example = "Li Wei") String researcherName,
            @NotNull @Schema(example = "SECONDMENT") ArrangementForm form,
            @Size(max = 100) @Pattern(regexp = ORGANISATION) @Schema(example = "acme-robotics",
                    description = "The enterprise's organisation id (its tokens' org claim): the host, or enterprise talent's employer")
            String enterprise,
            @Schema(description = "Enterprise talent only: the institution's innovation or mobility post it enters on") UUID postId,
            @NotNull @Schema(example = "2026-09-01") LocalDate startsOn,
            @NotNull @Schema(example = "2028-08-31") LocalDate endsOn,
            @Size(max = 2000) @Schema(example = "Develop the grasping controller of the sorting robot") String purpose,
            @Size(max = 10000) @Schema(example = "Salary paid by the institution; results shared 50/50") String agreementTerms) {
    }

    @Schema(name = "Rejection")
    public record RejectionRequest(@NotBlank @Size(max = 2000) @Schema(example = "The project does not fit the institute's plan") String reason) {
    }

    @Schema(name = "AgreementTerms")
    public record TermsRequest(
            @NotNull @Schema(example = "2026-10-01") LocalDate startsOn,
            @NotNull @Schema(example = "2028-09-30") LocalDate endsOn,
            @Size(max = 10000) @Schema(example = "Salary paid by the institution; results shared 60/40") String agreementTerms) {
    }

    @Schema(name = "Signature")
    public record SignatureRequest(
            @NotNull @Schema(example = "HOST_ENTERPRISE") Party party,
            @NotNull @Min(1) @Schema(example = "1", description = "The agreement version read and signed") Integer agreementVersion,
            @NotBlank @Size(max = 200) @Schema(example = "Zhang Min, general manager") String signatory,
            @Schema(description = "For the RESEARCHER's signature: the researcher who signed (must be the arrangement's)")
            UUID researcherId) {
    }

    @Schema(name = "Deferral")
    public record DeferralRequest(
            @NotNull @Min(1) @Max(120) @Schema(example = "12") Integer months,
            @Size(max = 2000) @Schema(example = "Series A closing; the start-up needs its founder one more year") String reason) {
    }

    @Schema(name = "Withdrawal")
    public record WithdrawalRequest(@Size(max = 2000) @Schema(example = "The researcher accepted a post abroad") String reason) {
    }

    @Schema(name = "TermExtension")
    public record ExtensionRequest(
            @NotNull @Schema(example = "2029-02-28", description = "The new last day of the term: later than the current one, "
                    + "within the form's maximum term from the start") LocalDate endsOn,
            @Size(max = 2000) @Schema(example = "The pilot line needs six more months") String reason) {
    }

    @Schema(name = "ReturnOrResign")
    public record ReturnOrResignRequest(
            @NotNull @Schema(example = "RESIGNED", description = "RETURNED or RESIGNED") Ending decision,
            @Size(max = 2000) @Schema(example = "Stays with the start-up as its CTO") String reason) {
    }

    @Schema(name = "StartupMilestone")
    public record MilestoneRequest(
            @NotBlank @Size(max = 300) @Schema(example = "First paying customer") String milestone,
            @NotNull @Schema(example = "2026-11-20") LocalDate reachedOn,
            @Schema(description = "The venture in incubation-service, if known") UUID ventureId) {
    }

    @Schema(name = "Ending")
    public record EndingRequest(
            @NotNull @Schema(example = "RETURNED") Ending ending,
            @Schema(example = "2028-08-31", description = "Today if absent") LocalDate endedOn,
            @Size(max = 2000) @Schema(example = "Secondment completed as agreed") String reason) {
    }

    @Schema(name = "ResultsReviewRequest")
    public record ReviewRequest(
            @NotNull @Schema(example = "MET") ReviewOutcome outcome,
            @NotNull @Size(max = 50) List<@Valid @NotNull ResultRequest> results) {
    }

    @Schema(name = "ReviewedResult")
    public record ResultRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Z][A-Z0-9_]*") @Schema(example = "PATENT") String kind,
            @NotBlank @Size(max = 500) @Schema(example = "Adaptive grasping patent, filed 2027") String title) {
    }

    @Inject
    ApplyForArrangementHandler applyForArrangement;

    @Inject
    ApproveArrangementHandler approveArrangement;

    @Inject
    RejectArrangementHandler rejectArrangement;

    @Inject
    ChangeAgreementTermsHandler changeAgreementTerms;

    @Inject
    SignAgreementHandler signAgreement;

    @Inject
    GrantDeferralHandler grantDeferral;

    @Inject
    RecordStartupMilestoneHandler recordStartupMilestone;

    @Inject
    EndArrangementHandler endArrangement;

    @Inject
    WithdrawArrangementHandler withdrawArrangement;

    @Inject
    ExtendTermHandler extendTerm;

    @Inject
    ReturnOrResignHandler returnOrResign;

    @Inject
    ReviewResultsHandler reviewResults;

    @Inject
    ArrangementAccess access;

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    RegionalCalendar calendar;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Apply for an arrangement", description = "The calling institution applies for one of its researchers, under the "
            + "policy in force: the term must fit the form's maximum. Send an Idempotency-Key to retry safely.")
    public Response apply(@Valid @NotNull ApplyRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.create(CommandRequest.of(idempotencyKey, null, request), "ApplyForArrangement",
                expected -> applyForArrangement.handle(caller.requireOrganisation(), new ResearcherId(request.researcherId()),
                        request.researcherName(), request.form(), request.enterprise(), request.postId(),
                        new Term(request.startsOn(), request.endsOn()), request.purpose(), request.agreementTerms()),
                arrangement -> "/v1/arrangements/" + arrangement.id().value(),
                ArrangementView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One arrangement, current as of now", description = "The ETag is its version, for If-Match on commands.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.visible(new ArrangementId(id)), ArrangementView::of);
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Arrangements by form, institution, status or researcher", description = "From the read model, by start date. "
            + "status: applied, approved, rejected, withdrawn, lapsed, active, decision_due, ended or all (default). Partners see those their organisation is party to.")
    public Page<ArrangementListing> list(
            @QueryParam("status") @DefaultValue("all") @Pattern(regexp = "applied|approved|rejected|withdrawn|lapsed|active|decision_due|ended|all") String status,
            @QueryParam("form") ArrangementForm form,
            @QueryParam("institution") String institution,
            @QueryParam("researcherId") UUID researcherId,
            @Valid @BeanParam PageRequest paging) {
        return ArrangementSummary.visibleTo(caller)
                .equal("status", ListFilter.status(status, Arrangement.Status.class))
                .equal("form", form)
                .equal("institution", institution)
                .equal("researcherId", researcherId)
                .page(ArrangementSummary.class, Sort.by("startsOn").and("id"), paging, ArrangementListing::of);
    }

    @GET
    @Path("/due")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Arrangements with a date due within N days", description = "Approved agreements to sign before they lapse "
            + "(SIGNING), active terms or deferrals that end (TERM, DEFERRAL) and return-or-resign decisions owed after a deferral "
            + "(RETURN_OR_RESIGN). Overdue ones (the platform acts on them shortly) are included, with negative daysLeft. By due date.")
    public Page<DueArrangementListing> due(
            @QueryParam("withinDays") @DefaultValue("30") @Min(0) @Max(3650) int withinDays,
            @QueryParam("form") ArrangementForm form,
            @QueryParam("institution") String institution,
            @Valid @BeanParam PageRequest paging) {
        LocalDate today = calendar.today();
        // Due: the next date falls on or before the limit: signBy while approved, decideBy while a decision is due, and while
        // active the term's end, or the deferral's once the term is over. Written as conditions of one parameter each, which
        // read each other's parameters too (ListFilter names one per condition).
        return ArrangementSummary.visibleTo(caller)
                .where("status in (:approved, :active, :decisionDue)", "approved", Arrangement.Status.APPROVED)
                .where("(status <> :approved or signBy <= :limit)", "limit", today.plusDays(withinDays))
                .where("(status <> :decisionDue or decideBy <= :limit)", "decisionDue", Arrangement.Status.DECISION_DUE)
                .where("(status <> :active or endsOn <= :limit or deferredUntil <= :limit)", "active", Arrangement.Status.ACTIVE)
                .where("(status <> :active or deferredUntil is null or endsOn >= :today or deferredUntil <= :limit)", "today", today)
                .equal("form", form)
                .equal("institution", institution)
                .page(ArrangementSummary.class, Sort.by(DUE_ON).and("id"), paging, (ArrangementSummary row) -> DueArrangementListing.of(row, today));
    }

    @GET
    @Path("/active-counts")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Active arrangements counted by form and institution", description = "From the read model, by institution then form.")
    public Page<ActiveArrangementCount> activeCounts(@Valid @BeanParam PageRequest paging) {
        return BY_INSTITUTION_AND_FORM.page(ArrangementSummary.visibleTo(caller).equal("status", Arrangement.Status.ACTIVE), paging,
                row -> new ActiveArrangementCount((ArrangementForm) row[1], (String) row[0], (Long) row[2]));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Approve an application", description = "Under the policy version in force, which the arrangement keeps. The home "
            + "institution approves where the policy delegates it (放权), otherwise an operator. The agreement is then open for signatures.")
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, null, "ApproveArrangement", (arrangement, expected) ->
                approveArrangement.handle(arrangement, actor(), expected));
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Reject an application", description = "By whoever may approve it.")
    public Response reject(@PathParam("id") UUID id, @Valid @NotNull RejectionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "RejectArrangement", (arrangement, expected) ->
                rejectArrangement.handle(arrangement, actor(), request.reason(), expected));
    }

    @POST
    @Path("/{id}/agreement/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Change the agreement's terms while it is being signed", description = "The home institution or an operator. "
            + "A new agreement version: every signature given so far is void, and a signature naming the old version is refused.")
    public Response changeTerms(@PathParam("id") UUID id, @Valid @NotNull TermsRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "ChangeAgreementTerms", (arrangement, expected) -> changeAgreementTerms.handle(arrangement,
                actor(), new Term(request.startsOn(), request.endsOn()), request.agreementTerms(), expected));
    }

    @POST
    @Path("/{id}/agreement/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Sign the agreement for your party", description = "HOME_INSTITUTION: the home institution's partner. "
            + "HOST_ENTERPRISE: the enterprise's partner. RESEARCHER: the home institution's partner (the researcher signs in the "
            + "institution's system) or an operator (a signature on paper), naming the researcher. The last required signature "
            + "activates the arrangement.")
    public Response sign(@PathParam("id") UUID id, @Valid @NotNull SignatureRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "SignAgreement", (arrangement, expected) -> signAgreement.handle(arrangement, actor(),
                request.party(), request.agreementVersion(), request.signatory(),
                request.researcherId() == null ? null : new ResearcherId(request.researcherId()), expected));
    }

    @POST
    @Path("/{id}/deferral")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Grant a deferral period (暂缓期)", description = "Before the term ends, within the months the arrangement's policy "
            + "version allows; the researcher must return or resign by its end.")
    public Response defer(@PathParam("id") UUID id, @Valid @NotNull DeferralRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "GrantDeferral", (arrangement, expected) ->
                grantDeferral.handle(arrangement, actor(), request.months(), request.reason(), expected));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Withdraw an application before the agreement is complete", description = "The institution that applied, "
            + "while the arrangement is applied for or approved and awaiting signatures. Its signing deadline is cancelled.")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawalRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "WithdrawArrangement", (arrangement, expected) ->
                withdrawArrangement.handle(arrangement, actor(), request.reason(), expected));
    }

    @POST
    @Path("/{id}/term-extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Extend an active term", description = "The home institution or an operator, before the term ends and before "
            + "any deferral, to a later last day within the form's maximum term (of the arrangement's policy version). The term then "
            + "ends itself on its new last day.")
    public Response extend(@PathParam("id") UUID id, @Valid @NotNull ExtensionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "ExtendTerm", (arrangement, expected) ->
                extendTerm.handle(arrangement, actor(), request.endsOn(), request.reason(), expected));
    }

    @POST
    @Path("/{id}/return-or-resign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Record the researcher's decision after the deferral", description = "Once the deferral is over (status "
            + "decision_due), by decideBy: RETURNED or RESIGNED, declared by the home institution or an operator. Without a decision "
            + "the arrangement ends as its policy's ifUndecided when decideBy is over.")
    public Response returnOrResign(@PathParam("id") UUID id, @Valid @NotNull ReturnOrResignRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "DecideReturnOrResign", (arrangement, expected) ->
                returnOrResign.decide(arrangement, actor(), request.decision(), request.reason(), expected));
    }

    @POST
    @Path("/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a key start-up milestone (关键创业节点)", description = "On an active leave-to-found arrangement. "
            + "Milestones and funding rounds of the researcher's venture also arrive from incubation-service's events.")
    public Response recordMilestone(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "RecordStartupMilestone", (arrangement, expected) -> recordStartupMilestone.handle(arrangement,
                request.milestone(), request.reachedOn(), request.ventureId(), StartupFact.Source.OPERATOR, null, expected));
    }

    @POST
    @Path("/{id}/ending")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "End an active arrangement", description = "RETURNED, RESIGNED, COMPLETED (the full term) or TERMINATED (with "
            + "a reason). Enterprise talent leaves its post.")
    public Response end(@PathParam("id") UUID id, @Valid @NotNull EndingRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "EndArrangement", (arrangement, expected) ->
                endArrangement.handle(arrangement, actor(), request.ending(), request.endedOn(), request.reason(), expected));
    }

    @POST
    @Path("/{id}/results-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Record the results review (业绩导向)", description = "Once the arrangement ended, for forms the policy reviews "
            + "on results (secondments by default). Published as mobility.ResultsReviewed.v1 for evaluation-service.")
    public Response review(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "ReviewResults", (arrangement, expected) -> reviewResults.handle(arrangement, actor(),
                request.outcome(), request.results().stream().map(r -> new ReviewedResult(r.kind(), r.title())).toList(), expected));
    }

    /** A command on an arrangement the caller may see, answered with the arrangement as it is after it. */
    private Response command(UUID id, String ifMatch, Object body, String name,
            BiFunction<ArrangementId, OptionalInt, Decision<Arrangement>> use) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                expected -> use.apply(access.visible(new ArrangementId(id)).state().id(), expected), ArrangementView::of);
    }

    /** Who acts: an operator, or the partner organisation of the token (never one named in a body). */
    private Actor actor() {
        return caller.is(Roles.OPERATOR) ? Actor.operator(caller.organisation().orElse(null)) : Actor.partner(caller.requireOrganisation());
    }
}
