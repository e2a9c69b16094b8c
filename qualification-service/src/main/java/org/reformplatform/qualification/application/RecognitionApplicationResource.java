package org.reformplatform.qualification.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

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

    @Schema(name = "RequestRecognitionDocuments")
    public record DocumentsRequest(@NotBlank @Size(max = 1000) @Schema(example = "A certified translation of the certificate") String documents) {
    }

    @Schema(name = "AppealRecognitionRefusal")
    public record AppealRequest(@NotBlank @Size(max = 2000) @Schema(example = "The issuer confirmed the certificate in writing; letter attached")
            String reason) {
    }

    @Schema(name = "DecideRecognitionAppeal")
    public record AppealDecisionRequest(@NotNull @Schema(example = "OVERTURNED") AppealOutcome outcome,
            @NotBlank @Size(max = 2000) @Schema(example = "The issuer's letter confirms the certificate") String reasons) {
    }

    @Schema(name = "RecogniseOnCondition")
    public record ConditionalRecognitionRequest(@NotNull @Schema(example = "APTITUDE_TEST") CompensationMeasure measure,
            @NotBlank @Size(max = 2000) @Schema(example = "Domestic building regulations are not covered") String substantialDifferences,
            @NotNull @Schema(description = "The measure is due by the end of this day; no later than the time limits allow", example = "2027-03-31")
            LocalDate completeBy) {
    }

    /** How many applications are in each status, and how many were escalated because their decision clock ran out. */
    @Schema(name = "ApplicationStatusCounts")
    public record StatusCounts(long submitted, long verified, long recognised, long refused, long appealed, long conditionallyRecognised,
            long lapsed, long overdue) {
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
    DocumentsHandler documents;

    @Inject
    AppealHandler appeals;

    @Inject
    CompensationHandler compensation;

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
            + "status: submitted, verified, recognised, refused, appealed, conditionally_recognised, lapsed or all (default); "
            + "overdue=true: only those escalated because their decision clock ran out. Partners see their own organisation's.")
    public Page<ApplicationListing> list(@QueryParam("status") @DefaultValue("all")
            @Pattern(regexp = "submitted|verified|recognised|refused|appealed|conditionally_recognised|lapsed|all") String status,
            @QueryParam("holderId") UUID holderId,
            @QueryParam("overdue") @Pattern(regexp = "true|false") String overdue,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("status", ListFilter.status(status, RecognitionApplication.Status.class))
                .equal("holderId", holderId)
                .equal("overdue", overdue == null ? null : Boolean.valueOf(overdue))
                .owned("organisation", caller, null)
                .page(ApplicationSummary.class, Sort.by("appliedOn").and("id"), paging,
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
                counts.getOrDefault(RecognitionApplication.Status.REFUSED, 0L),
                counts.getOrDefault(RecognitionApplication.Status.APPEALED, 0L),
                counts.getOrDefault(RecognitionApplication.Status.CONDITIONALLY_RECOGNISED, 0L),
                counts.getOrDefault(RecognitionApplication.Status.LAPSED, 0L),
                ApplicationSummary.countOverdue(ListFilter.all().owned("organisation", caller, null)));
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that the certificate was checked", description = "The certificate's issuer must be the issuing body the "
            + "application's list version names; if it is not, the application is refused (ground ISSUER_MISMATCH), by you: the "
            + "refusal opens the appeal window, and another officer reviews an appeal.")
    public Response verify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, null), "VerifyRecognitionApplication",
                expected -> verifying.handle(new RecognitionApplicationId(id), caller.subject(), expected), RecognitionApplicationView::of);
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
    @Operation(summary = "Refuse a submitted or verified application, with reasons", description = "The refusal opens the appeal window "
            + "(30 days under the current time limits; appeal.appealUntil): the holder's organisation may appeal until its end, after "
            + "which the refusal is final by itself. An appeal is reviewed by another officer than you.")
    public Response refuse(@PathParam("id") UUID id, @Valid @NotNull RefuseRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "RefuseApplication",
                expected -> refusing.handle(new RecognitionApplicationId(id), caller.subject(), request.reason(), expected),
                RecognitionApplicationView::of);
    }

    @POST
    @Path("/{id}/document-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Ask the applicant for documents", description = "The decision clock stops with the working days it has left "
            + "(decisionClock.state paused) until the documents are supplied; 409 documents-already-requested while a request is open.")
    public Response requestDocuments(@PathParam("id") UUID id, @Valid @NotNull DocumentsRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "RequestRecognitionDocuments",
                expected -> documents.request(new RecognitionApplicationId(id), request.documents(), expected), RecognitionApplicationView::of);
    }

    @POST
    @Path("/{id}/documents")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Record that the requested documents were supplied", description = "For an application of your organisation "
            + "(operators: any). The decision clock resumes today with the working days it had left: decisionClock.dueOn moves.")
    public Response supplyDocuments(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        RecognitionApplicationId application = new RecognitionApplicationId(id);
        access.visible(application);
        return gateway.change(CommandRequest.of(null, ifMatch, null), "SupplyRecognitionDocuments",
                expected -> documents.supply(application, expected), RecognitionApplicationView::of);
    }

    @POST
    @Path("/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "Appeal a refusal", description = "For an application of your organisation, until the end of appeal.appealUntil; "
            + "409 appeal-window-closed after it, refusal-not-appealable for anything but an open refusal. Another officer than the "
            + "one who refused decides it.")
    public Response appeal(@PathParam("id") UUID id, @Valid @NotNull AppealRequest request, @HeaderParam("If-Match") String ifMatch) {
        RecognitionApplicationId application = new RecognitionApplicationId(id);
        access.visible(application);
        return gateway.change(CommandRequest.of(null, ifMatch, request), "AppealRecognitionRefusal",
                expected -> appeals.appeal(application, request.reason(), expected), RecognitionApplicationView::of);
    }

    @POST
    @Path("/{id}/appeal/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Decide an appeal, with reasons", description = "UPHELD: the refusal stands and is final. OVERTURNED: the "
            + "qualification is recognised (with its title equivalence, if listed). The officer who refused cannot decide the appeal "
            + "(403 appeal-reviewer-refused-the-application).")
    public Response decideAppeal(@PathParam("id") UUID id, @Valid @NotNull AppealDecisionRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "DecideRecognitionAppeal",
                expected -> appeals.decide(new RecognitionApplicationId(id), request.outcome(), request.reasons(), caller.subject(), expected),
                RecognitionApplicationView::of);
    }

    @POST
    @Path("/{id}/conditional-recognition")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Recognise a verified application on condition of a compensation measure", description = "Substantial "
            + "differences are met by an adaptation period (up to 3 years) or an aptitude test (up to 6 months): recognised once the "
            + "measure is completed, lapsed (not recognised) if its due date passes first.")
    public Response recogniseOnCondition(@PathParam("id") UUID id, @Valid @NotNull ConditionalRecognitionRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "RecogniseOnCondition",
                expected -> compensation.recogniseOnCondition(new RecognitionApplicationId(id), request.measure(),
                        request.substantialDifferences(), request.completeBy(), expected), RecognitionApplicationView::of);
    }

    @POST
    @Path("/{id}/compensation/completion")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Record that the compensation measure was completed", description = "By its due date: the qualification is "
            + "recognised (with its title equivalence, if listed); 409 compensation-lapsed after it.")
    public Response completeCompensation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, null), "CompleteCompensationMeasure",
                expected -> compensation.complete(new RecognitionApplicationId(id), expected), RecognitionApplicationView::of);
    }
}
