package org.reformplatform.evaluation.scheme;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.reformplatform.evaluation.scheme.SchemeCommand.DefineScheme;
import org.reformplatform.evaluation.scheme.SchemeCommand.ReviseScheme;
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
    @Operation(summary = "Define an evaluation scheme", description = "Version 1 of an institution's classified scheme. In every track the "
            + "indicators' weights add up to exactly 1 (else 422 weights-not-one). Send an Idempotency-Key to retry safely.")
    public Response define(@Valid @NotNull DefineSchemeRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "DefineScheme", expected -> {
            String institution = Institutions.actingFor(caller, request.institution());
            SchemeId id = SchemeId.random();
            Decision<Scheme> defined = aggregates.handle(Scheme.TYPE, id, new DefineScheme(id, institution, request.name(), request.description(),
                    request.tracks().stream().map(TrackRequest::toTrack).toList(), clock.instant()));
            return CommandResult.created("/v1/schemes/" + id.value(), defined.version(), SchemeView.of(defined.state(), defined.state().current()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Schemes, by institution and name", description = "From the read model; partners see their own.")
    public Page<SchemeListing> list(@QueryParam("institution") String institution,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Map<String, Object> params = new HashMap<>();
        String query = "1 = 1";
        String only = caller.isPartnerOnly() ? caller.requireOrganisation() : institution;
        if (only != null) {
            query = "institution = :institution";
            params.put("institution", only);
        }
        var found = SchemeSummary.<SchemeSummary>find(query, Sort.by("institution").and("name").and("id"), params);
        return Page.of(found.page(page, size).list().stream().map(SchemeListing::of).toList(), page, size, found.count());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A scheme at its current version", description = "The ETag is the stream version, for If-Match on revisions.")
    public Response get(@PathParam("id") UUID id) {
        Loaded<Scheme> scheme = visible(new SchemeId(id));
        return Response.ok(SchemeView.of(scheme.state(), scheme.state().current())).tag(ETags.of(scheme.version())).build();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A scheme as it was at one version", description = "Every version stays readable: cycles are evaluated by theirs.")
    public SchemeView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        Scheme scheme = visible(new SchemeId(id)).state();
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
        return gateway.handle(CommandRequest.of(null, ifMatch, request), "ReviseScheme", expected -> {
            SchemeId schemeId = new SchemeId(id);
            visible(schemeId);
            Decision<Scheme> revised = aggregates.handle(Scheme.TYPE, schemeId,
                    new ReviseScheme(request.tracks().stream().map(TrackRequest::toTrack).toList(), request.note(), clock.instant()), expected);
            return CommandResult.ok(revised.version(), SchemeView.of(revised.state(), revised.state().current()));
        });
    }

    /** The scheme, if it exists and the caller may see it: another institution's is unknown (404). */
    private Loaded<Scheme> visible(SchemeId id) {
        Loaded<Scheme> scheme = aggregates.load(Scheme.TYPE, id);
        if (!scheme.exists() || !caller.mayAccess(scheme.state().institution())) {
            throw RuleViolation.notFound("unknown-scheme", "There is no scheme " + id.value());
        }
        return scheme;
    }
}
