package org.reformplatform.evaluation.pilot;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** The evaluation-reform pilot: operators launch it and admit institutions; institutions record their measures; everyone reads the figures. */
@Path("/v1/pilots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pilot", description = "The talent-evaluation reform pilot and its headline figures")
public class PilotResource {

    @Schema(name = "LaunchPilot")
    public record LaunchPilotRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Science and technology talent evaluation reform pilot") String name,
            @Size(max = 2000) String description) {
    }

    @Schema(name = "JoinPilot")
    public record JoinPilotRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(example = "microsatellite-centre") String institution,
            @NotBlank @Size(max = 200) @Schema(example = "Shanghai Engineering Centre for Microsatellites") String name,
            @NotNull @Schema(example = "RESEARCH_INSTITUTE") InstitutionKind kind) {
    }

    @Schema(name = "RecordMeasure")
    public record RecordMeasureRequest(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(example = "SAT-01") String code,
            @NotBlank @Size(max = 500) @Schema(example = "Posts set in four tracks by kind of work") String title,
            @NotNull @Schema(example = "WHAT") MeasureDimension dimension,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(description = "Operators only: the institution", example = "microsatellite-centre")
            String institution) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @Inject
    PilotAccess pilots;

    @Inject
    LaunchPilotHandler launch;

    @Inject
    JoinPilotHandler join;

    @Inject
    RecordMeasureHandler measure;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Launch a pilot", description = "Send an Idempotency-Key to retry safely.")
    public Response launch(@Valid @NotNull LaunchPilotRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "LaunchPilot", expected -> {
            PilotId id = PilotId.random();
            Decision<Pilot> launched = launch.handle(id, request.name(), request.description());
            return CommandResult.created("/v1/pilots/" + id.value(), launched.version(), PilotView.of(launched.state()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Pilots, latest launched first")
    public Page<PilotListing> list(@Valid @BeanParam PageRequest paging) {
        return ListFilter.all().page(PilotSummary.class,
                Sort.descending("launchedAt").and("id"), paging, PilotListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A pilot with its member institutions, current as of now")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(pilots.visible(new PilotId(id)), PilotView::of);
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Admit an institution to the pilot")
    public Response join(@PathParam("id") UUID id, @Valid @NotNull JoinPilotRequest request, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, request, "JoinPilot",
                (pilot, expected) -> join.handle(pilot, request.institution(), request.name(), request.kind(), expected));
    }

    @POST
    @Path("/{id}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Record an institutional measure (制度举措)", description = "Partners record their own institution's measures.")
    public Response measure(@PathParam("id") UUID id, @Valid @NotNull RecordMeasureRequest request, @HeaderParam("If-Match") String ifMatch) {
        return change(id, ifMatch, request, "RecordMeasure", (pilot, expected) -> measure.handle(pilot,
                Institutions.actingFor(caller, request.institution()), request.code(), request.title(), request.dimension(), expected));
    }

    @GET
    @Path("/{id}/figures")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The pilot's headline figures", description = "Institutions, measures and researchers reached, in total and per "
            + "institution, counted from the events (read model, eventually consistent).")
    public PilotFigures figures(@PathParam("id") UUID id) {
        PilotSummary pilot = PilotSummary.findById(id);
        if (pilot == null) {
            throw PilotAccess.unknown(new PilotId(id));
        }
        Map<String, Long> measuresBy = counts("select institution, count(*) from PilotMeasure where pilotId = :pilot group by institution", id);
        Map<String, Long> researchersBy = counts(
                "select institution, count(distinct researcherId) from PilotDossier where pilotId = :pilot group by institution", id);
        Map<String, Long> byDimension = counts("select dimension, count(*) from PilotMeasure where pilotId = :pilot group by dimension", id);
        List<PilotInstitution> members = PilotInstitution.list("pilotId", Sort.by("joinedAt").and("institution"), id);
        long researchers = entityManager.createQuery("select count(distinct researcherId) from PilotDossier where pilotId = :pilot", Long.class)
                .setParameter("pilot", id).getSingleResult();
        return new PilotFigures(id, pilot.name, members.size(), PilotMeasure.count("pilotId", id), researchers,
                members.stream().map(m -> new PilotFigures.InstitutionFigures(m.institution, m.name, m.kind,
                        measuresBy.getOrDefault(m.institution, 0L), researchersBy.getOrDefault(m.institution, 0L))).toList(),
                Arrays.stream(MeasureDimension.values())
                        .map(d -> new PilotFigures.DimensionFigures(d, byDimension.getOrDefault(d.name(), 0L))).toList());
    }

    private Map<String, Long> counts(String query, UUID pilot) {
        return entityManager.createQuery(query, Object[].class).setParameter("pilot", pilot).getResultList().stream()
                .collect(Collectors.toMap(r -> r[0].toString(), r -> (Long) r[1]));
    }

    /** A command on a pilot that exists, answered with the pilot as it is now. */
    private Response change(UUID id, String ifMatch, Object body, String name, BiFunction<PilotId, OptionalInt, Decision<Pilot>> command) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                expected -> command.apply(pilots.visible(new PilotId(id)).state().id(), expected), PilotView::of);
    }
}
