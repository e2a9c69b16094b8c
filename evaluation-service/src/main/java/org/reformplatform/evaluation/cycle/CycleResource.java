package org.reformplatform.evaluation.cycle;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.reformplatform.evaluation.cycle.CycleCommand.AssignEvaluator;
import org.reformplatform.evaluation.cycle.CycleCommand.ConcludeCycle;
import org.reformplatform.evaluation.cycle.CycleCommand.DeclareConflict;
import org.reformplatform.evaluation.cycle.CycleCommand.OpenCycle;
import org.reformplatform.evaluation.cycle.CycleCommand.RecordScores;
import org.reformplatform.evaluation.cycle.CycleCommand.SubmitDossier;
import org.reformplatform.evaluation.pilot.Pilot;
import org.reformplatform.evaluation.pilot.PilotId;
import org.reformplatform.evaluation.researcher.ResearcherId;
import org.reformplatform.evaluation.scheme.EvaluatorKind;
import org.reformplatform.evaluation.scheme.OutcomeUse;
import org.reformplatform.evaluation.scheme.Scheme;
import org.reformplatform.evaluation.scheme.SchemeId;
import org.reformplatform.evaluation.scheme.SchemeVersion;
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
            @Schema(description = "The pilot the cycle belongs to; its institution must have joined it") UUID pilotId) {
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
            @NotNull @Schema(example = "INDUSTRY_EXPERT") EvaluatorKind kind) {
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
    @Operation(summary = "Open a cycle for a scheme", description = "The cycle keeps the scheme's current version: later revisions do not "
            + "change it. Send an Idempotency-Key to retry safely.")
    public Response open(@Valid @NotNull OpenCycleRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "OpenCycle", expected -> {
            Loaded<Scheme> scheme = aggregates.load(Scheme.TYPE, new SchemeId(request.schemeId()));
            if (!scheme.exists() || !caller.mayAccess(scheme.state().institution())) {
                throw RuleViolation.notFound("unknown-scheme", "There is no scheme " + request.schemeId());
            }
            String institution = scheme.state().institution();
            PilotMembership membership = null;
            if (request.pilotId() != null) {
                Loaded<Pilot> pilot = aggregates.load(Pilot.TYPE, new PilotId(request.pilotId()));
                if (!pilot.exists()) {
                    throw RuleViolation.notFound("unknown-pilot", "There is no pilot " + request.pilotId());
                }
                membership = new PilotMembership(pilot.state().id(), pilot.state().isMember(institution));
            }
            SchemeVersion version = scheme.state().current();
            CycleId id = CycleId.random();
            Decision<Cycle> opened = aggregates.handle(Cycle.TYPE, id, new OpenCycle(id, scheme.state().id(), version.number(), institution,
                    request.name(), version.tracks(), membership, clock.instant()));
            return CommandResult.created("/v1/cycles/" + id.value(), opened.version(), CycleView.of(opened.state()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Cycles, latest opened first", description = "From the read model; partners see their own. status: open, concluded or all.")
    public Page<CycleListing> list(@QueryParam("institution") String institution,
            @QueryParam("status") @DefaultValue("all") @Pattern(regexp = "open|concluded|all") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ListFilter filter = ListFilter.all()
                .equal("institution", caller.organisationFilter(institution))
                .equal("status", ListFilter.status(status, Cycle.Status.class));
        var found = CycleSummary.<CycleSummary>find(filter.query(), Sort.descending("openedAt").and("id"), filter.params());
        return Page.of(found.page(page, size).list().stream().map(CycleListing::of).toList(), page, size, found.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A cycle with its tracks and dossiers, current as of now", description = "The ETag is its version, for If-Match.")
    public Response get(@PathParam("id") UUID id) {
        Loaded<Cycle> cycle = visible(new CycleId(id));
        return Response.ok(CycleView.of(cycle.state())).tag(ETags.of(cycle.version())).build();
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A cycle's progress", description = "Dossiers, evaluators required and assigned, scores recorded and outstanding, "
            + "in total and per track. From the read model (eventually consistent).")
    public CycleProgress progress(@PathParam("id") UUID id) {
        CycleSummary cycle = CycleSummary.findById(id);
        if (cycle == null || !caller.mayAccess(cycle.institution)) {
            throw RuleViolation.notFound("unknown-cycle", "There is no cycle " + id);
        }
        List<DossierProgress> dossiers = DossierProgress.list("cycleId", id);
        return CycleProgress.of(cycle, dossiers);
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
            CycleId cycleId = new CycleId(id);
            visible(cycleId);
            DossierId dossierId = DossierId.random();
            Decision<Cycle> submitted = aggregates.handle(Cycle.TYPE, cycleId, new SubmitDossier(dossierId,
                    new ResearcherId(request.researcherId()), request.track(), request.use(),
                    request.evidence() == null ? List.of() : request.evidence(), clock.instant()));
            Cycle cycle = submitted.state();
            return CommandResult.created("/v1/cycles/" + id + "/dossiers/" + dossierId.value(), submitted.version(),
                    DossierView.of(cycle, cycle.dossier(dossierId).orElseThrow(), evaluator -> true));
        });
    }

    @GET
    @Path("/{id}/dossiers/{dossierId}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST, Roles.EVALUATOR})
    @Operation(summary = "A dossier, with what to score", description = "Evaluators see only dossiers assigned to them, and only their own "
            + "score sheet; the institution and operators see everything.")
    public Response dossier(@PathParam("id") UUID id, @PathParam("dossierId") UUID dossierId) {
        Loaded<Cycle> loaded = aggregates.load(Cycle.TYPE, new CycleId(id));
        Cycle cycle = loaded.state();
        if (!loaded.exists()) {
            throw unknownCycle(id);
        }
        Dossier dossier = cycle.dossier(new DossierId(dossierId)).orElse(null);
        if (evaluatorOnly()) {
            String me = caller.subject();
            if (dossier == null || !dossier.assignments().containsKey(me)) {
                throw RuleViolation.notFound("unknown-dossier", "No dossier " + dossierId + " is assigned to you");
            }
            return Response.ok(DossierView.of(cycle, dossier, me::equals)).tag(ETags.of(loaded.version())).build();
        }
        if (!caller.mayAccess(cycle.institution())) {
            throw unknownCycle(id);
        }
        if (dossier == null) {
            throw RuleViolation.notFound("unknown-dossier", "There is no dossier " + dossierId + " in this cycle");
        }
        return Response.ok(DossierView.of(cycle, dossier, evaluator -> true)).tag(ETags.of(loaded.version())).build();
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
            CycleId cycleId = new CycleId(id);
            String evaluator;
            if (evaluatorOnly()) {
                existing(cycleId);
                evaluator = caller.subject();
                if (request.evaluator() != null && !request.evaluator().equals(evaluator)) {
                    throw RuleViolation.forbidden("not-your-conflict", "Evaluators declare their own conflicts of interest");
                }
            } else {
                visible(cycleId);
                if (request.evaluator() == null || request.evaluator().isBlank()) {
                    throw RuleViolation.invalid("evaluator-required", "Name the evaluator the conflict is about");
                }
                evaluator = request.evaluator();
            }
            Decision<Cycle> declared = aggregates.handle(Cycle.TYPE, cycleId, new DeclareConflict(evaluator,
                    new ResearcherId(request.researcherId()), request.reason(), clock.instant()), expected);
            return CommandResult.ok(declared.version(), evaluatorOnly() ? Map.of("declared", true) : CycleView.of(declared.state()));
        });
    }

    @POST
    @Path("/{id}/dossiers/{dossierId}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Assign an evaluator to a dossier", description = "Of a kind the dossier's track requires, up to its number; "
            + "an evaluator with a declared conflict of interest is refused (409 conflict-of-interest).")
    public Response assign(@PathParam("id") UUID id, @PathParam("dossierId") UUID dossierId, @Valid @NotNull AssignEvaluatorRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "AssignEvaluator",
                new AssignEvaluator(new DossierId(dossierId), request.evaluator(), request.kind(), clock.instant()), dossierId);
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
            CycleId cycleId = new CycleId(id);
            existing(cycleId);
            String me = caller.subject();
            Decision<Cycle> scored = aggregates.handle(Cycle.TYPE, cycleId, new RecordScores(new DossierId(dossierId), me,
                    request.scores().stream().map(s -> new IndicatorScore(s.indicator(), s.value())).toList(), clock.instant()), expected);
            Cycle cycle = scored.state();
            return CommandResult.ok(scored.version(), DossierView.of(cycle, cycle.dossier(new DossierId(dossierId)).orElseThrow(), me::equals));
        });
    }

    @POST
    @Path("/{id}/conclusion")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Conclude the cycle", description = "Once every dossier has its required evaluators and all their scores: "
            + "each dossier gets its weighted total, result and use (409 evaluation-incomplete otherwise).")
    public Response conclude(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, null, "ConcludeCycle", new ConcludeCycle(clock.instant()), null);
    }

    private Response command(UUID id, String ifMatch, Object body, String name, CycleCommand command, UUID dossierId) {
        return gateway.handle(CommandRequest.of(null, ifMatch, body), name, expected -> {
            CycleId cycleId = new CycleId(id);
            visible(cycleId);
            Decision<Cycle> decision = aggregates.handle(Cycle.TYPE, cycleId, command, expected);
            Cycle cycle = decision.state();
            Object view = dossierId == null ? CycleView.of(cycle)
                    : DossierView.of(cycle, cycle.dossier(new DossierId(dossierId)).orElseThrow(), evaluator -> true);
            return CommandResult.ok(decision.version(), view);
        });
    }

    private boolean evaluatorOnly() {
        return caller.is(Roles.EVALUATOR) && !caller.is(Roles.PARTNER) && !caller.is(Roles.OPERATOR) && !caller.is(Roles.ANALYST);
    }

    private Loaded<Cycle> existing(CycleId id) {
        Loaded<Cycle> cycle = aggregates.load(Cycle.TYPE, id);
        if (!cycle.exists()) {
            throw unknownCycle(id.value());
        }
        return cycle;
    }

    /** The cycle, if it exists and belongs to the caller's institution (or the caller administers): else 404. */
    private Loaded<Cycle> visible(CycleId id) {
        Loaded<Cycle> cycle = existing(id);
        if (!caller.mayAccess(cycle.state().institution())) {
            throw unknownCycle(id.value());
        }
        return cycle;
    }

    private static RuleViolation unknownCycle(UUID id) {
        return RuleViolation.notFound("unknown-cycle", "There is no cycle " + id);
    }
}
