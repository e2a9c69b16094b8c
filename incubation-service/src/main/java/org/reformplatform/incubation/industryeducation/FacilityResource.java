package org.reformplatform.incubation.industryeducation;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;

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
import org.reformplatform.eventsourcing.http.CommandResult;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.incubation.Centres;
import org.reformplatform.incubation.industryeducation.FacilityCommand.AssessPlacement;
import org.reformplatform.incubation.industryeducation.FacilityCommand.CloseFacility;
import org.reformplatform.incubation.industryeducation.FacilityCommand.EndPlacement;
import org.reformplatform.incubation.industryeducation.FacilityCommand.OpenFacility;
import org.reformplatform.incubation.industryeducation.FacilityCommand.StartPlacement;
import org.reformplatform.incubation.industryeducation.PlaceStudentHandler.Named;
import org.reformplatform.incubation.partner.PartnerId;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * Co-built laboratories, internship/training bases and joint engineering programmes, and the students
 * placed there: operators record them; the institution, enterprise or third party of a facility sees
 * it and its placements (others' are 404); analysts read them.
 */
@Path("/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Co-built facilities", description = "Laboratories, internship and training bases, joint engineering programmes, placements")
public class FacilityResource {

    @Schema(name = "SignFacility")
    public record SignRequest(
            @NotNull @Schema(description = "The platform it is built under (recognised or active)") UUID platformId,
            @NotNull @Schema(example = "TRAINING_BASE") FacilityKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "AI + digital technology training centre") String name,
            @NotNull @Schema(description = "The enterprise co-building it: a partner of the service") UUID enterpriseId,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+")
            @Schema(example = "putuo-district", description = "A district or college party to it (organisation id); absent when two-sided")
            String thirdParty,
            @NotNull @Min(1) @Max(100000) @Schema(example = "40") Integer placesPerTerm,
            @NotNull @Schema(example = "2026-04-15") LocalDate signedOn) {
    }

    @Schema(name = "OpenFacility")
    public record OpeningRequest(@NotNull @Schema(example = "2026-09-01") LocalDate openedOn) {
    }

    @Schema(name = "CloseFacility")
    public record ClosureRequest(@NotBlank @Size(max = 1000) String reason, @NotNull LocalDate closedOn) {
    }

    @Schema(name = "PlacementPerson", description = "admissionsId: the studentId or mentorId admissions-service gave the person (known "
            + "here from its events); without it, the person is registered here by name")
    public record PersonRequest(UUID admissionsId, @Size(max = 200) String name, @Size(max = 200) String organisation) {

        Named named() {
            return new Named(admissionsId, name, organisation);
        }
    }

    @Schema(name = "PlaceStudent")
    public record PlacementRequest(
            @NotBlank @Pattern(regexp = "[0-9]{4}-[a-z0-9-]{1,20}") @Schema(example = "2026-autumn") String term,
            @NotNull @Valid @Schema(description = "The student; a name is required") PersonRequest student,
            @Valid @Schema(description = "Required: a full-time or part-time mentor if from admissions") PersonRequest academicMentor,
            @Valid @Schema(description = "Required: an industry mentor if from admissions") PersonRequest industryMentor,
            @NotNull @Schema(example = "2026-08-20") LocalDate placedOn) {
    }

    @Schema(name = "StartPlacement")
    public record StartRequest(@NotNull LocalDate startedOn) {
    }

    @Schema(name = "EndPlacement")
    public record EndRequest(@NotNull LocalDate endedOn) {
    }

    @Schema(name = "AssessPlacement")
    public record AssessmentRequest(@NotNull PlacementOutcome outcome, @Size(max = 2000) String assessment, @NotNull LocalDate assessedOn) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    IndustryEducationAccess access;

    @Inject
    SignFacilityHandler signing;

    @Inject
    ChangeFacilityHandler changing;

    @Inject
    PlaceStudentHandler placing;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record a facility signed between a platform's institution and an enterprise", description = "A three-sided "
            + "record when a district or college is party. Send an Idempotency-Key to retry safely.")
    public Response sign(@Valid @NotNull SignRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "SignFacility", expected -> {
            FacilityId id = FacilityId.random();
            return CommandResult.created("/v1/facilities/" + id.value(), signing.handle(id, new EducationPlatformId(request.platformId()),
                    request.kind(), request.name(), new PartnerId(request.enterpriseId()), request.thirdParty(), request.placesPerTerm(),
                    request.signedOn()), FacilityView::of);
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Facilities, by name, with the students placed there", description = "From the read model; filter by centre, "
            + "platform and kind. A partner lists those it is party to.")
    public Page<FacilityListing> list(@QueryParam("centre") @Pattern(regexp = Centres.CODE_PATTERN) String centre,
            @QueryParam("platformId") UUID platformId, @QueryParam("kind") FacilityKind kind,
            @Valid @BeanParam PageRequest paging) {
        return access.rows().equal("centre", centre).equal("platformId", platformId).equal("kind", kind)
                .page(FacilitySummary.class, Sort.by("name").and("id"), paging, FacilityListing::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One facility with its placements, current as of now", description = "The ETag is its version, for If-Match.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.facility(new FacilityId(id)), FacilityView::of);
    }

    @POST
    @Path("/{id}/opening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that the facility opened: it takes students from then")
    public Response open(@PathParam("id") UUID id, @Valid @NotNull OpeningRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "OpenFacility", expected -> changing.handle(new FacilityId(id), new OpenFacility(request.openedOn()),
                expected));
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Close the facility, with a reason", description = "Placements under way end first (409 placements-running).")
    public Response close(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "CloseFacility", expected -> changing.handle(new FacilityId(id),
                new CloseFacility(request.reason(), request.closedOn()), expected));
    }

    @POST
    @Path("/{id}/placements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Place a student for a term, with an academic and an industry mentor", description = "Bounded by the places of "
            + "the term (409 facility-full). A student or mentor named by admissions' id must be known here from admissions-service's "
            + "events (422 student-not-admitted, unknown-mentor). Send an Idempotency-Key to retry safely.")
    public Response place(@PathParam("id") UUID id, @Valid @NotNull PlacementRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("If-Match") String ifMatch) {
        return gateway.handle(CommandRequest.of(idempotencyKey, ifMatch, request), "PlaceStudent", expected -> {
            PlacementId placement = PlacementId.random();
            Decision<Facility> placed = placing.handle(new FacilityId(id), placement, request.term(), request.student().named(),
                    request.academicMentor() == null ? null : request.academicMentor().named(),
                    request.industryMentor() == null ? null : request.industryMentor().named(), request.placedOn(), expected);
            return CommandResult.created("/v1/facilities/" + id + "/placements/" + placement.value(), placed.version(),
                    PlacementView.of(placed.state().placement(placement).orElseThrow()));
        });
    }

    @GET
    @Path("/{id}/placements")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The facility's placements, by term", description = "From the read model; filter by term.")
    public Page<PlacementListing> placements(@PathParam("id") UUID id, @QueryParam("term") String term,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        access.facility(new FacilityId(id));
        return access.rows().equal("facilityId", id).equal("term", term)
                .page(PlacementRecord.class, Sort.by("term").and("placedOn").and("id"), PageRequest.of(page, size), PlacementListing::of);
    }

    @POST
    @Path("/{id}/placements/{placementId}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that a placement started")
    public Response start(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId, @Valid @NotNull StartRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return placementCommand(id, placementId, ifMatch, request, "StartPlacement",
                new StartPlacement(new PlacementId(placementId), request.startedOn()));
    }

    @POST
    @Path("/{id}/placements/{placementId}/ending")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that a placement under way ended")
    public Response end(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId, @Valid @NotNull EndRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return placementCommand(id, placementId, ifMatch, request, "EndPlacement", new EndPlacement(new PlacementId(placementId), request.endedOn()));
    }

    @POST
    @Path("/{id}/placements/{placementId}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Assess a placement that ended", description = "Once.")
    public Response assess(@PathParam("id") UUID id, @PathParam("placementId") UUID placementId, @Valid @NotNull AssessmentRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return placementCommand(id, placementId, ifMatch, request, "AssessPlacement",
                new AssessPlacement(new PlacementId(placementId), request.outcome(), request.assessment(), request.assessedOn()));
    }

    private Response command(UUID id, String ifMatch, Object body, String name, java.util.function.Function<OptionalInt, Decision<Facility>> work) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name, work, FacilityView::of);
    }

    private Response placementCommand(UUID id, UUID placementId, String ifMatch, Object body, String name, FacilityCommand command) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name,
                expected -> changing.handle(new FacilityId(id), command, expected),
                facility -> PlacementView.of(facility.placement(new PlacementId(placementId)).orElseThrow()));
    }
}
