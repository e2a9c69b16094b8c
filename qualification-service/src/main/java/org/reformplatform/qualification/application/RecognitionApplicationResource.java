package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.Map;
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
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import org.reformplatform.qualification.recognitionlist.QualificationId;

/**
 * Recognition applications: partners submit them for their holders and read their own
 * organisation's; operators verify and decide; analysts read. Another organisation's application
 * is answered 404.
 */
@Path("/v1/recognition-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognition applications", description = "Holders' applications to have a foreign certificate recognised")
public class RecognitionApplicationResource {

    @Schema(name = "SubmitRecognitionApplication")
    public record SubmitRequest(
            @NotNull @Schema(description = "The researcher id your organisation uses for the holder in every service",
                    example = "2f1e7a4c-8d3b-4e59-9a61-0c2b7d5e8f10") UUID holderId,
            @NotNull @Schema(description = "The entry of the recognition list", example = "5b8d2c1e-0f4a-4b7e-8c3d-1a2b3c4d5e6f") UUID qualificationId,
            @NotNull @Valid CertificateRequest certificate) {
    }

    @Schema(name = "Certificate")
    public record CertificateRequest(
            @NotBlank @Size(max = 100) @Schema(example = "CEng-2019-004711") String number,
            @NotBlank @Size(max = 300) @Schema(example = "Engineering Council") String issuingBody,
            @NotNull @Schema(example = "2019-06-15") LocalDate issuedOn,
            @Schema(description = "Absent if the certificate does not expire", example = "2029-06-14") LocalDate validUntil) {

        Certificate toCertificate() {
            return new Certificate(number.trim(), issuingBody.trim(), issuedOn, validUntil);
        }
    }

    @Schema(name = "RefuseRecognitionApplication")
    public record RefuseRequest(@NotBlank @Size(max = 1000) @Schema(example = "The certificate could not be confirmed with the issuer") String reason) {
    }

    /** How many applications are in each status. */
    @Schema(name = "ApplicationStatusCounts")
    public record StatusCounts(long submitted, long verified, long recognised, long refused) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    SubmitApplicationHandler submitting;

    @Inject
    VerifyApplicationHandler verifying;

    @Inject
    RecogniseApplicationHandler recognising;

    @Inject
    RefuseApplicationHandler refusing;

    @Inject
    RecognitionApplicationAccess access;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Apply to have a certificate recognised", description = "For a holder of your organisation, dated today. "
            + "It is judged against the list version in force today; a qualification not listed in it (unknown, withdrawn, not yet "
            + "in force) or a certificate not valid today is refused with 422 and nothing is recorded. Send an Idempotency-Key to retry safely.")
    public Response submit(@Valid @NotNull SubmitRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String organisation = caller.requireOrganisation();
        return gateway.create(CommandRequest.of(idempotencyKey, null, request), "SubmitRecognitionApplication",
                expected -> submitting.handle(new HolderId(request.holderId()), organisation,
                        new QualificationId(request.qualificationId()), request.certificate().toCertificate()),
                application -> "/v1/recognition-applications/" + application.id().value(),
                RecognitionApplicationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One application, current as of now", description = "The ETag is its version, for If-Match on decisions.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.visible(new RecognitionApplicationId(id)), RecognitionApplicationView::of);
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Applications by status", description = "From the read model, oldest application first. "
            + "status: submitted, verified, recognised, refused or all (default). Partners see their own organisation's.")
    public Page<ApplicationListing> list(@QueryParam("status") @DefaultValue("all") @Pattern(regexp = "submitted|verified|recognised|refused|all") String status,
            @QueryParam("holderId") UUID holderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return ListFilter.all()
                .equal("status", ListFilter.status(status, RecognitionApplication.Status.class))
                .equal("holderId", holderId)
                .owned("organisation", caller, null)
                .page(ApplicationSummary.class, Sort.by("appliedOn").and("id"), page, size,
                        ApplicationListing::of);
    }

    @GET
    @Path("/status-counts")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "How many applications are in each status", description = "From the read model. Partners count their own organisation's.")
    public StatusCounts counts() {
        Map<RecognitionApplication.Status, Long> counts = ApplicationSummary.countByStatus(ListFilter.all().owned("organisation", caller, null));
        return new StatusCounts(counts.getOrDefault(RecognitionApplication.Status.SUBMITTED, 0L),
                counts.getOrDefault(RecognitionApplication.Status.VERIFIED, 0L),
                counts.getOrDefault(RecognitionApplication.Status.RECOGNISED, 0L),
                counts.getOrDefault(RecognitionApplication.Status.REFUSED, 0L));
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that the certificate was checked", description = "The certificate's issuer must be the issuing body the "
            + "application's list version names; if it is not, the application is refused (ground ISSUER_MISMATCH).")
    public Response verify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, null), "VerifyRecognitionApplication",
                expected -> verifying.handle(new RecognitionApplicationId(id), expected), RecognitionApplicationView::of);
    }

    @POST
    @Path("/{id}/recognition")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Recognise a verified application", description = "As the application's list version lists the qualification, "
            + "whatever version is in force today. On the title-equivalence list it also records the domestic title equivalence "
            + "(event qualification.TitleEquivalenceRecognised.v1).")
    public Response recognise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, null), "RecogniseApplication",
                expected -> recognising.handle(new RecognitionApplicationId(id), expected), RecognitionApplicationView::of);
    }

    @POST
    @Path("/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Refuse a submitted or verified application, with a reason")
    public Response refuse(@PathParam("id") UUID id, @Valid @NotNull RefuseRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "RefuseApplication",
                expected -> refusing.handle(new RecognitionApplicationId(id), request.reason(), expected), RecognitionApplicationView::of);
    }
}
