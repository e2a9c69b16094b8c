package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.evaluation.Evaluators;
import org.reformplatform.evaluation.cycle.CycleAccess.VisibleDossier;
import org.reformplatform.evaluation.pilot.PilotId;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.SchemeAccess;
import org.reformplatform.evaluation.scheme.SchemeId;
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

/**
 * Evaluation cycles: institutions open them for their schemes, submit their researchers' dossiers,
 * assign evaluators and conclude; evaluators score the dossiers assigned to them; analysts read.
 */
@Path("/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles", description = "How it is evaluated: dossiers, evaluators, conflicts of interest, scores and outcomes")
public class CycleResource {

    @Schema(name = "OpenCycle")
    public record OpenCycleRequest(
            @NotNull @Schema(example = "5d7c1c4e-8a43-4f0c-9d1e-0a4b8c6f2e11") UUID schemeId,
            @NotBlank @Size(max = 200) @Schema(example = "2026 annual evaluation") String name,
            @Schema(description = "The pilot the cycle belongs to; its institution must have joined it") UUID pilotId,
            @Schema(description = "The last day dossiers are taken (with scoresUntil): the cycle moves to scoring when it is over",
                    example = "2026-04-30") LocalDate dossiersUntil,
            @Schema(description = "The last day score sheets are owed (with dossiersUntil): then those missing are flagged overdue",
                    example = "2026-05-31") LocalDate scoresUntil) {
    }

    @Schema(name = "SubmitDossier")
    public record SubmitDossierRequest(
            @NotNull @Schema(example = "0b5d4c8e-2f1a-4e6b-9c3d-7a8b9c0d1e2f") UUID researcherId,
            @NotBlank @Size(max = 50) @Schema(example = "engineering-model") String track,
            @NotNull @Schema(example = "PROMOTION") OutcomeUse use,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidence) {
    }

    @Schema(name = "DeclareConflict")
    public record DeclareConflictRequest(
            @Size(max = 200) @Schema(description = "The evaluator (token subject); an evaluator declaring for themself may leave it out",
                    example = "expert-li") String evaluator,
            @NotNull @Schema(example = "0b5d4c8e-2f1a-4e6b-9c3d-7a8b9c0d1e2f") UUID researcherId,
            @NotBlank @Size(max = 500) @Schema(example = "Co-author of the candidate's last three papers") String reason) {
    }

    @Schema(name = "AssignEvaluator")
    public record AssignEvaluatorRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = "\\S+") @Schema(description = "The evaluator's token subject", example = "expert-li")
            String evaluator,
            @Schema(description = "Optional: the kind is the register's; one named here must be it (409 evaluator-kind-differs)",
                    example = "INDUSTRY_EXPERT") EvaluatorKind kind) {
    }

    @Schema(name = "FileAppealInput")
    public record FileAppealRequest(
            @NotBlank @Size(max = 4000) @Schema(description = "Why the outcome should be reviewed again", example = "The delivery score ignores the flight model delivered in March")
            String reasons) {
    }

    @Schema(name = "AppealReviewerInput")
    public record AppealReviewerRequest(
            @NotBlank @Size(max = 200) @Pattern(regexp = "\\S+") @Schema(description = "A registered evaluator's token subject, not of the first panel",
                    example = "expert-zhao") String evaluator) {
    }

    @Schema(name = "RecordScores")
    public record RecordScoresRequest(@NotEmpty @Size(max = 30) List<@Valid @NotNull ScoreRequest> scores) {
    }

    @Schema(name = "IndicatorScoreInput")
    public record ScoreRequest(
            @NotBlank @Size(max = 50) @Schema(example = "mission-delivery") String indicator,
            @NotNull @DecimalMin("0") @Schema(example = "8.5", description = "From 0 to the indicator's maximum; points in whole numbers")
            BigDecimal value) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    CycleAccess cycles;

    @Inject
    SchemeAccess schemes;

    @Inject
    OpenCycleHandler open;

    @Inject
    SubmitDossierHandler submit;

    @Inject
    DeclareConflictHandler declare;

    @Inject
    AssignEvaluatorHandler assign;

    @Inject
    RecordScoresHandler score;

    @Inject
    ConcludeCycleHandler conclude;

    @Inject
    AppealHandler appeals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Open a cycle for a scheme", description = "The cycle keeps the scheme's current version: later revisions do not "
            + "change it. Send an Idempotency-Key to retry safely.")
    public Response open(@Valid @NotNull OpenCycleRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "OpenCycle", expected -> {
            SchemeId scheme = schemes.visible(new SchemeId(request.schemeId())).state().id();
            CycleId id = CycleId.random();
            Decision<Cycle> opened = open.handle(id, scheme, request.name(), request.pilotId() == null ? null : new PilotId(request.pilotId()),
                    request.dossiersUntil(), request.scoresUntil());
            return CommandResult.created("/v1/cycles/" + id.value(), opened.version(), CycleView.of(opened.state()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Cycles, latest opened first", description = "From the read model; partners see their own. status: open, scoring, concluded or all.")
    public Page<CycleListing> list(@QueryParam("institution") String institution,
            @QueryParam("status") @DefaultValue("all") @Pattern(regexp = "open|scoring|concluded|all") String status,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .owned("institution", caller, institution)
                .equal("status", ListFilter.status(status, Cycle.Status.class))
                .page(CycleSummary.class,
                        Sort.descending("openedAt").and("id"), paging, CycleListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A cycle with its tracks and dossiers, current as of now", description = "The ETag is its version, for If-Match.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(cycles.visible(new CycleId(id)), CycleView::of);
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A cycle's progress", description = "Dossiers, evaluators required and assigned, scores recorded and outstanding, "
            + "in total and per track. From the read model (eventually consistent).")
    public CycleProgress progress(@PathParam("id") UUID id) {
        CycleSummary cycle = caller.visible(CycleSummary.<CycleSummary>findById(id), row -> row.institution,
                () -> CycleAccess.unknown(new CycleId(id)));
        return CycleProgress.of(cycle, DossierProgress.list("cycleId", id));
    }

    @POST
    @Path("/{id}/dossiers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Submit a researcher's dossier", description = "Under one of the cycle's tracks, for one of the track's uses, "
            + "with its evidence. One dossier per researcher and cycle. Send an Idempotency-Key to retry safely.")
    public Response submit(@PathParam("id") UUID id, @Valid @NotNull SubmitDossierRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "SubmitDossier", expected -> {
            CycleId cycle = cycles.visible(new CycleId(id)).state().id();
            DossierId dossier = DossierId.random();
            Decision<Cycle> submitted = submit.handle(cycle, dossier, new ResearcherId(request.researcherId()), request.track(), request.use(),
                    request.evidence() == null ? List.of() : request.evidence());
            return CommandResult.created("/v1/cycles/" + id + "/dossiers/" + dossier.value(), submitted.version(),
                    DossierView.of(submitted.state(), submitted.state().dossier(dossier).orElseThrow(), evaluator -> true));
        });
    }

    @GET
    @Path("/{id}/dossiers/{dossierId}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST, Roles.EVALUATOR})
    @Operation(summary = "A dossier, with what to score", description = "Evaluators see only dossiers assigned to them, and only their own "
            + "score sheet; the institution and operators see everything.")
    public Response dossier(@PathParam("id") UUID id, @PathParam("dossierId") UUID dossierId) {
        VisibleDossier dossier = cycles.dossier(new CycleId(id), new DossierId(dossierId));
        return ETags.tagged(dossier.view(), dossier.version());
    }

    @POST
    @Path("/{id}/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.EVALUATOR})
    @Operation(summary = "Declare a conflict of interest", description = "The evaluator cannot be assigned to the researcher's dossier in this "
            + "cycle, or score it; an assignment made before is withdrawn and its scores no longer count. Evaluators declare their own.")
    public Response declareConflict(@PathParam("id") UUID id, @Valid @NotNull DeclareConflictRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(null, ifMatch, request), "DeclareConflict", expected -> {
            // An evaluator declares for themself in any cycle, and learns nothing of it beyond the declaration.
            boolean evaluator = Evaluators.only(caller);
            CycleId cycle = (evaluator ? cycles.existing(new CycleId(id)) : cycles.visible(new CycleId(id))).state().id();
            Decision<Cycle> declared = declare.handle(cycle, evaluator ? caller.subject() : null, request.evaluator(),
                    new ResearcherId(request.researcherId()), request.reason(), expected);
            return CommandResult.ok(declared.version(), evaluator ? Map.of("declared", true) : CycleView.of(declared.state()));
        });
    }

    @POST
    @Path("/{id}/dossiers/{dossierId}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Assign an evaluator to a dossier", description = "A registered evaluator (else 409 evaluator-not-registered), as "
            + "the kind the register gives them, which the dossier's track must require, up to its number; "
            + "an evaluator with a declared conflict of interest is refused (409 conflict-of-interest).")
    public Response assign(@PathParam("id") UUID id, @PathParam("dossierId") UUID dossierId, @Valid @NotNull AssignEvaluatorRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        DossierId dossier = new DossierId(dossierId);
        return change(id, ifMatch, request, "AssignEvaluator", (cycle, expected) -> assign.handle(cycle, dossier, request.evaluator(),
                request.kind(), expected), cycle -> DossierView.of(cycle, cycle.dossier(dossier).orElseThrow(), evaluator -> true));
    }

    @POST
    @Path("/{id}/dossiers/{dossierId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Score a dossier assigned to you", description = "One value per indicator of the track, each from 0 to its maximum. "
            + "Only the evaluators assigned score, each once; a conflicted evaluator cannot.")
    public Response score(@PathParam("id") UUID id, @PathParam("dossierId") UUID dossierId, @Valid @NotNull RecordScoresRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(null, ifMatch, request), "RecordScores", expected -> {
            CycleId cycle = cycles.existing(new CycleId(id)).state().id();
            DossierId dossier = new DossierId(dossierId);
            String me = caller.subject();
            Decision<Cycle> scored = score.handle(cycle, dossier, me,
                    request.scores().stream().map(s -> new IndicatorScore(s.indicator(), s.value())).toList(), expected);
            return CommandResult.ok(scored.version(), DossierView.of(scored.state(), scored.state().dossier(dossier).orElseThrow(), me::equals));
        });
    }

    @POST
    @Path("/{id}/dossiers/{dossierId}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Appeal a dossier's outcome", description = "By the researcher's institution, with reasons (422 appeal-reasons-required), "
            + "after the conclusion (409 cycle-not-concluded) and until the cycle's appealsUntil (409 appeal-window-closed), once (409 appeal-exists). "
            + "A second panel reviews it.")
    public Response appeal(@PathParam("id") UUID id, @PathParam("dossierId") UUID dossierId, @Valid @NotNull FileAppealRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        DossierId dossier = new DossierId(dossierId);
        return change(id, ifMatch, request, "FileAppeal", (cycle, expected) -> appeals.file(cycle, dossier, request.reasons(), expected),
                cycle -> DossierView.of(cycle, cycle.dossier(dossier).orElseThrow(), evaluator -> true));
    }

    @POST
    @Path("/{id}/dossiers/{dossierId}/appeal/reviewers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Assign an evaluator to an appeal's second panel", description = "A registered evaluator (409 evaluator-not-registered) "
            + "of a kind the track requires, as many as the track requires, none of the first panel (409 appeal-reviewer-on-first-panel) "
            + "and none conflicted (409 conflict-of-interest).")
    public Response appealReviewer(@PathParam("id") UUID id, @PathParam("dossierId") UUID dossierId, @Valid @NotNull AppealReviewerRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        DossierId dossier = new DossierId(dossierId);
        return change(id, ifMatch, request, "AssignAppealReviewer",
                (cycle, expected) -> appeals.assignReviewer(cycle, dossier, request.evaluator(), expected),
                cycle -> DossierView.of(cycle, cycle.dossier(dossier).orElseThrow(), evaluator -> true));
    }

    @POST
    @Path("/{id}/dossiers/{dossierId}/appeal/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Score an appealed dossier as its second panel", description = "One value per indicator, as the first time (403 "
            + "not-on-appeal-panel for anyone else). The panel's last sheet decides the appeal: UPHELD when its total gives the same result, "
            + "else REVISED with its total and result.")
    public Response scoreAppeal(@PathParam("id") UUID id, @PathParam("dossierId") UUID dossierId, @Valid @NotNull RecordScoresRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(null, ifMatch, request), "ScoreAppeal", expected -> {
            CycleId cycle = cycles.existing(new CycleId(id)).state().id();
            DossierId dossier = new DossierId(dossierId);
            String me = caller.subject();
            Decision<Cycle> scored = appeals.score(cycle, dossier, me,
                    request.scores().stream().map(s -> new IndicatorScore(s.indicator(), s.value())).toList(), expected);
            Dossier now = scored.state().dossier(dossier).orElseThrow();
            return CommandResult.ok(scored.version(), AppealView.of(now.appeal(), me::equals));
        });
    }

    @POST
    @Path("/{id}/conclusion")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Conclude the cycle", description = "Once every dossier has its required evaluators and all their scores: "
            + "each dossier gets its weighted total, result and use (409 evaluation-incomplete otherwise). After the scoring deadline an "
            + "operator may ask withWhatItHas=true to conclude with the sheets recorded (409 scoring-not-overdue before it; "
            + "403 operator-only for partners).")
    public Response conclude(@PathParam("id") UUID id, @Parameter(description = "Operators, after the scoring deadline: conclude with the "
            + "score sheets recorded; a dossier without any is NOT_EVALUATED") @QueryParam("withWhatItHas") @DefaultValue("false") boolean withWhatItHas,
            @HeaderParam("If-Match") String ifMatch) {
        boolean byOperator = caller.is(Roles.OPERATOR);
        return change(id, ifMatch, null, "ConcludeCycle", (cycle, expected) -> conclude.handle(cycle, withWhatItHas, byOperator, expected),
                CycleView::of);
    }

    /** A command on a cycle the caller may see, answered with what it shows of the cycle now. */
    private Response change(UUID id, String ifMatch, Object body, String name, BiFunction<CycleId, OptionalInt, Decision<Cycle>> command,
            Function<Cycle, Object> view) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                expected -> command.apply(cycles.visible(new CycleId(id)).state().id(), expected), view);
    }
}
