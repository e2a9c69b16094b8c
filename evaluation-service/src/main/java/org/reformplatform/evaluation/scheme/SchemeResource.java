package org.reformplatform.evaluation.scheme;

import java.math.BigDecimal;
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
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.RuleViolation;
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

/** Evaluation schemes: institutions define and revise their own; operators administer any; analysts read. */
@Path("/v1/schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schemes", description = "What is evaluated: classified schemes with tracks, weighted indicators, evaluator kinds and uses")
public class SchemeResource {

    @Schema(name = "DefineScheme")
    public record DefineSchemeRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Classified evaluation of engineering staff") String name,
            @Size(max = 2000) @Schema(example = "Posts set by the kind of work, each with its own standard") String description,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(description = "Operators only: the institution it is for; "
                    + "partners act for the organisation in their token", example = "microsatellite-centre") String institution,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull TrackRequest> tracks) {
    }

    @Schema(name = "ReviseScheme")
    public record ReviseSchemeRequest(
            @NotEmpty @Size(max = 30) List<@Valid @NotNull TrackRequest> tracks,
            @Size(max = 2000) @Schema(example = "Industry experts weigh more in engineering tracks") String note) {
    }

    /** A track as partners and operators send it (also the shape of the reference schemes). */
    @Schema(name = "TrackInput", description = "A category of post with its own indicators, evaluators and uses")
    public record TrackRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "engineering-model") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Engineering model projects") String name,
            @Size(max = 50) @Schema(description = "Layer within the category (分层), if the scheme is layered", example = "backbone") String layer,
            @Size(max = 2000) @Schema(example = "Staff who design, build and test satellites of flight models") String description,
            @NotEmpty @Size(max = 30) List<@Valid @NotNull IndicatorRequest> indicators,
            @NotEmpty @Size(max = 4) List<@Valid @NotNull EvaluatorRequest> evaluators,
            @NotEmpty @Size(max = 4) List<@NotNull OutcomeUse> uses,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(description = "Total (0–100) needed to pass", example = "60") BigDecimal passMark,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "Total (0–100) for an excellent outcome", example = "85") BigDecimal excellentMark,
            @Min(1) @Max(100_000) @Schema(description = "Post plan: posts on offer for competitive appointment", example = "12") Integer posts,
            @Size(max = 4) @Schema(description = "How the track weighs evidence from other services: points each, capped, per kind; "
                    + "added to the total of an evaluated dossier (at most 100)") List<@Valid @NotNull EvidenceWeightRequest> evidenceWeights) {

        @Schema(name = "EvidenceWeightInput")
        public record EvidenceWeightRequest(
                @NotNull @Schema(example = "LEAVE_TO_FOUND") EvidenceKind kind,
                @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(example = "5",
                        description = "Points each piece adds to the total (0–100)") BigDecimal pointsEach,
                @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(example = "10",
                        description = "At most this many points from the kind") BigDecimal cap) {
        }

        @Schema(name = "IndicatorInput")
        public record IndicatorRequest(
                @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "mission-delivery") String code,
                @NotBlank @Size(max = 200) @Schema(example = "Delivery of model milestones") String name,
                @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Schema(example = "0.4",
                        description = "Share of the track's total; a track's weights add up to exactly 1") BigDecimal weight,
                @NotNull @Schema(example = "SCORE") IndicatorKind kind,
                @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Schema(example = "10",
                        description = "Highest mark, or the cap of points") BigDecimal max) {
        }

        @Schema(name = "EvaluatorRequirementInput")
        public record EvaluatorRequest(
                @NotNull @Schema(example = "INDUSTRY_EXPERT") EvaluatorKind kind,
                @NotNull @Min(1) @Max(20) @Schema(example = "2") Integer count) {
        }

        public Track toTrack() {
            return new Track(code, name, layer, description,
                    indicators.stream().map(i -> new Indicator(i.code(), i.name(), i.weight(), i.kind(), i.max())).toList(),
                    evaluators.stream().map(e -> new EvaluatorRequirement(e.kind(), e.count())).toList(),
                    List.copyOf(uses), passMark, excellentMark, posts,
                    evidenceWeights == null ? List.of() : evidenceWeights.stream().map(w -> new EvidenceWeight(w.kind(), w.pointsEach(), w.cap())).toList());
        }

        public static List<Track> tracks(List<TrackRequest> requests) {
            return requests.stream().map(TrackRequest::toTrack).toList();
        }
    }

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    SchemeAccess schemes;

    @Inject
    DefineSchemeHandler define;

    @Inject
    ReviseSchemeHandler revise;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Define an evaluation scheme", description = "Version 1 of an institution's classified scheme. In every track the "
            + "indicators' weights add up to exactly 1 (else 422 weights-not-one). Send an Idempotency-Key to retry safely.")
    public Response define(@Valid @NotNull DefineSchemeRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "DefineScheme", expected -> {
            SchemeId id = SchemeId.random();
            Decision<Scheme> defined = define.handle(id, Institutions.actingFor(caller, request.institution()), request.name(),
                    request.description(), TrackRequest.tracks(request.tracks()));
            return CommandResult.created("/v1/schemes/" + id.value(), defined.version(), SchemeView.of(defined.state(), defined.state().current()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Schemes, by institution and name", description = "From the read model; partners see their own.")
    public Page<SchemeListing> list(@QueryParam("institution") String institution,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .owned("institution", caller, institution)
                .page(SchemeSummary.class,
                        Sort.by("institution").and("name").and("id"), paging, SchemeListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A scheme at its current version", description = "The ETag is the stream version, for If-Match on revisions.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(schemes.visible(new SchemeId(id)), scheme -> SchemeView.of(scheme, scheme.current()));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A scheme as it was at one version", description = "Every version stays readable: cycles are evaluated by theirs.")
    public SchemeView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        Scheme scheme = schemes.visible(new SchemeId(id)).state();
        return SchemeView.of(scheme, scheme.version(version).orElseThrow(() -> RuleViolation.notFound("unknown-scheme-version",
                "The scheme has versions 1 to " + scheme.current().number())));
    }

    @POST
    @Path("/{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Revise a scheme's tracks", description = "Makes a new version for cycles opened from now on; cycles already open "
            + "keep the version they opened with. The same tracks again change nothing.")
    public Response revise(@PathParam("id") UUID id, @Valid @NotNull ReviseSchemeRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "ReviseScheme", expected -> {
            SchemeId scheme = schemes.visible(new SchemeId(id)).state().id();
            return revise.handle(scheme, TrackRequest.tracks(request.tracks()), request.note(), expected);
        }, revised -> SchemeView.of(revised, revised.current()));
    }
}
