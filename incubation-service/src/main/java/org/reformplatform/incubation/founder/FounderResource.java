package org.reformplatform.incubation.founder;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.reformplatform.eventsourcing.command.Aggregates;
import org.reformplatform.eventsourcing.command.Decision;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.venture.FounderKind;
import org.reformplatform.incubation.venture.Venture;
import org.reformplatform.incubation.venture.VentureId;
import org.reformplatform.incubation.venture.VentureView;

/**
 * Founders of a venture: students (admissions), researchers on leave to found (mobility) or external people.
 * Same class-level path as VentureResource (docs/architecture.md, Routing): with a path of its own, a
 * wrong method on /founders was answered 404 instead of 405.
 */
@Path("/v1/ventures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ventures")
public class FounderResource {

    @Schema(name = "AddFounder")
    public record FounderRequest(
            @NotNull @Schema(example = "STUDENT") FounderKind kind,
            @Schema(description = "For STUDENT: the studentId admissions-service assigned", example = "6b0f7c2e-2f43-4e0a-9a55-1c1f3b7d9e01") UUID studentId,
            @Schema(description = "For RESEARCHER: the researcherId used in mobility-service") UUID researcherId,
            @NotBlank @Size(max = 200) @Schema(example = "Zhang Min") String name) {
    }

    @Inject
    Aggregates aggregates;

    @Inject
    CommandGateway gateway;

    @Inject
    FounderLinks links;

    @Inject
    Clock clock;

    @POST
    @Path("/{id}/founders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Name a founder of the venture", description = "Published as FounderJoined. A student or researcher is "
            + "verified as soon as the admission (admissions.StudentAdmitted) or leave-to-found arrangement "
            + "(mobility.ArrangementActivated) is known here, whether it arrived before or arrives after.")
    public Response add(@PathParam("id") UUID id, @Valid @NotNull FounderRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(null, ifMatch, request), "AddFounder", expected -> {
            VentureId ventureId = new VentureId(id);
            if (!aggregates.load(Venture.TYPE, ventureId).exists()) {
                throw RuleViolation.notFound("unknown-venture", "There is no venture " + id);
            }
            Decision<Venture> decision = links.addFounder(ventureId, request.kind(), request.studentId(), request.researcherId(),
                    request.name(), clock.instant(), expected);
            return CommandResult.ok(decision.version(), VentureView.of(decision.state()));
        });
    }
}
