package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.Centres;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ActivatePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ClosePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.DraftReformPlan;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.PublishReformPlan;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.RecognisePlatform;
import org.reformplatform.incubation.industryeducation.EducationPlatformCommand.ReviseReformPlan;
import org.reformplatform.incubation.partner.PartnerId;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * Industry–education platforms: operators propose them, record their recognition, activation and
 * closing, and a pilot university's reform plan; an institution or enterprise party to a platform
 * sees it (others' are 404); analysts read them.
 */
@Path("/v1/education-platforms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Industry–education platforms", description = "Applied-undergraduate pilots, excellence-engineer colleges, modern industry "
        + "colleges, industry–education centres, and pilots' reform plans")
public class EducationPlatformResource {

    @Schema(name = "ProposePlatform")
    public record ProposeRequest(
            @Pattern(regexp = Centres.CODE_PATTERN) @Schema(example = "future-innovation-centre",
                    description = "The centre recording it; the default centre if absent") String centre,
            @NotNull @Schema(example = "MODERN_INDUSTRY_COLLEGE") PlatformKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "Integrated-circuit industry college") String name,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+")
            @Schema(example = "university-a", description = "The host institution's organisation id (the 'org' claim of its tokens)")
            String hostInstitution,
            @Size(max = 50) @Schema(description = "Partner enterprises: partners of the service") List<@NotNull UUID> enterprises,
            @NotEmpty Set<@NotNull PlatformFunction> functions,
            @Schema(description = "True when the record stands for an institution the report does not name") Boolean illustrative,
            @NotNull @Schema(example = "2026-03-01") LocalDate proposedOn) {
    }

    @Schema(name = "RecognisePlatform")
    public record RecognitionRequest(@NotNull @Schema(example = "NATIONAL") RecognitionLevel level,
            @Size(max = 100) @Schema(example = "4th national batch", description = "The batch, where there is one") String batch,
            @NotNull @Schema(example = "2026-05-20") LocalDate recognisedOn) {
    }

    @Schema(name = "ActivatePlatform")
    public record ActivationRequest(@NotNull @Schema(example = "2026-09-01") LocalDate activatedOn) {
    }

    @Schema(name = "ClosePlatform")
    public record ClosureRequest(@NotBlank @Size(max = 1000) String reason, @NotNull LocalDate closedOn) {
    }

    @Schema(name = "DraftReformPlan")
    public record DraftRequest(@NotBlank @Size(max = 300) @Schema(example = "Applied talent training reform plan") String title,
            @NotNull @Schema(example = "2026-03-10") LocalDate draftedOn) {
    }

    @Schema(name = "PublishReformPlan")
    public record PublicationRequest(@NotBlank @Size(max = 4000) String summary, @NotNull @Schema(example = "2026-04-01") LocalDate publishedOn) {
    }

    @Schema(name = "ReviseReformPlan")
    public record RevisionRequest(@NotBlank @Size(max = 4000) String summary, @NotNull @Schema(example = "2027-04-01") LocalDate revisedOn) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    Centres centres;

    @Inject
    IndustryEducationAccess access;

    @Inject
    ProposePlatformHandler proposing;

    @Inject
    ChangePlatformHandler changing;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Propose an industry–education platform", description = "With its host institution, partner enterprises "
            + "(partners of the service, 422 unknown-partner otherwise) and functions. Send an Idempotency-Key to retry safely.")
    public Response propose(@Valid @NotNull ProposeRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "ProposePlatform", expected -> {
            EducationPlatformId id = EducationPlatformId.random();
            List<PartnerId> enterprises = request.enterprises() == null ? List.of() : request.enterprises().stream().map(PartnerId::new).toList();
            return CommandResult.created("/v1/education-platforms/" + id.value(), proposing.handle(id, centres.orDefault(request.centre()),
                    request.kind(), request.name(), request.hostInstitution(), enterprises, request.functions(),
                    Boolean.TRUE.equals(request.illustrative()), request.proposedOn()), EducationPlatformView::of);
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Platforms, by name", description = "From the read model; filter by centre, kind and status. A partner "
            + "lists the platforms its organisation hosts or is a partner enterprise of.")
    public Page<PlatformListing> list(@QueryParam("centre") @Pattern(regexp = Centres.CODE_PATTERN) String centre,
            @QueryParam("kind") PlatformKind kind, @QueryParam("status") PlatformStatus status,
            @Valid @BeanParam PageRequest paging) {
        return access.rows().equal("centre", centre).equal("kind", kind).equal("status", status)
                .page(PlatformSummary.class, Sort.by("name").and("id"), paging, PlatformListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One platform with its reform plan, current as of now", description = "A partner sees the platforms it is "
            + "party to. The ETag is its version, for If-Match on commands.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.platform(new EducationPlatformId(id)), EducationPlatformView::of);
    }

    @POST
    @Path("/{id}/recognition")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that a proposed platform was recognised", description = "At a level, in a batch where there is one.")
    public Response recognise(@PathParam("id") UUID id, @Valid @NotNull RecognitionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "RecognisePlatform", new RecognisePlatform(request.level(), request.batch(), request.recognisedOn()));
    }

    @POST
    @Path("/{id}/activation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that a recognised platform is active")
    public Response activate(@PathParam("id") UUID id, @Valid @NotNull ActivationRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "ActivatePlatform", new ActivatePlatform(request.activatedOn()));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Close a platform, with a reason")
    public Response close(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "ClosePlatform", new ClosePlatform(request.reason(), request.closedOn()));
    }

    @POST
    @Path("/{id}/reform-plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a pilot university's reform plan as drafted", description = "Only an applied-undergraduate pilot has one "
            + "(409 not-a-pilot).")
    public Response draftPlan(@PathParam("id") UUID id, @Valid @NotNull DraftRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "DraftReformPlan", new DraftReformPlan(request.title(), request.draftedOn()));
    }

    @POST
    @Path("/{id}/reform-plan/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that the pilot published its reform plan", description = "With a date and a summary; counted in the "
            + "portfolio's published plans.")
    public Response publishPlan(@PathParam("id") UUID id, @Valid @NotNull PublicationRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "PublishReformPlan", new PublishReformPlan(request.summary(), request.publishedOn()));
    }

    @POST
    @Path("/{id}/reform-plan/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a revision of the published reform plan")
    public Response revisePlan(@PathParam("id") UUID id, @Valid @NotNull RevisionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "ReviseReformPlan", new ReviseReformPlan(request.summary(), request.revisedOn()));
    }

    private Response command(UUID id, String ifMatch, Object body, String name, EducationPlatformCommand command) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                (OptionalInt expected) -> changing.handle(new EducationPlatformId(id), command, expected), EducationPlatformView::of);
    }
}
