package org.reformplatform.qualification.application;

import java.time.LocalDate;
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
import org.reformplatform.qualification.RegionalCalendar;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RecogniseApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.RefuseApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.SubmitApplication;
import org.reformplatform.qualification.application.RecognitionApplicationCommand.VerifyApplication;
import org.reformplatform.qualification.recognitionlist.QualificationId;
import org.reformplatform.qualification.recognitionlist.RecognitionList;
import org.reformplatform.qualification.recognitionlist.RecognitionListId;

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
    Aggregates aggregates;

    @Inject
    CommandGateway gateway;

    @Inject
    RegionalCalendar calendar;

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
        return gateway.handle(CommandRequest.of(idempotencyKey, null, request), "SubmitRecognitionApplication", expected -> {
            RecognitionApplicationId id = RecognitionApplicationId.random();
            RecognitionList list = aggregates.load(RecognitionList.TYPE, RecognitionListId.REGIONAL).state();
            Decision<RecognitionApplication> d = aggregates.handle(RecognitionApplication.TYPE, id, new SubmitApplication(id,
                    new HolderId(request.holderId()), organisation, new QualificationId(request.qualificationId()),
                    request.certificate().toCertificate(), calendar.today(), calendar.now(), list));
            return CommandResult.created("/v1/recognition-applications/" + id.value(), d.version(), RecognitionApplicationView.of(d.state()));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One application, current as of now", description = "The ETag is its version, for If-Match on decisions.")
    public Response get(@PathParam("id") UUID id) {
        Loaded<RecognitionApplication> application = existing(new RecognitionApplicationId(id));
        return Response.ok(RecognitionApplicationView.of(application.state())).tag(ETags.of(application.version())).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Applications by status", description = "From the read model, oldest application first. "
            + "status: submitted, verified, recognised, refused or all (default). Partners see their own organisation's.")
    public Page<ApplicationListing> list(@QueryParam("status") @DefaultValue("all") @Pattern(regexp = "submitted|verified|recognised|refused|all") String status,
            @QueryParam("holderId") UUID holderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ListFilter filter = ListFilter.all()
                .equal("status", ListFilter.status(status, RecognitionApplication.Status.class))
                .equal("holderId", holderId)
                .equal("organisation", caller.organisationFilter(null));
        var found = ApplicationSummary.<ApplicationSummary>find(filter.query(), Sort.by("appliedOn").and("id"), filter.params());
        List<ApplicationListing> items = found.page(page, size).list().stream().map(ApplicationListing::of).toList();
        return Page.of(items, page, size, found.count());
    }

    @GET
    @Path("/status-counts")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "How many applications are in each status", description = "From the read model. Partners count their own organisation's.")
    public StatusCounts counts() {
        boolean ownOnly = caller.isPartnerOnly();
        var query = ApplicationSummary.getEntityManager().createQuery("select a.status, count(a) from ApplicationSummary a"
                + (ownOnly ? " where a.organisation = :organisation" : "") + " group by a.status", Object[].class);
        if (ownOnly) {
            query.setParameter("organisation", caller.requireOrganisation());
        }
        Map<RecognitionApplication.Status, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((RecognitionApplication.Status) row[0], (Long) row[1]));
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
        return command(id, ifMatch, null, "VerifyRecognitionApplication", new VerifyApplication(calendar.today()));
    }

    @POST
    @Path("/{id}/recognition")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Recognise a verified application", description = "As the application's list version lists the qualification, "
            + "whatever version is in force today. On the title-equivalence list it also records the domestic title equivalence "
            + "(event qualification.TitleEquivalenceRecognised.v1).")
    public Response recognise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, null, "RecogniseApplication", new RecogniseApplication(calendar.today()));
    }

    @POST
    @Path("/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Refuse a submitted or verified application, with a reason")
    public Response refuse(@PathParam("id") UUID id, @Valid @NotNull RefuseRequest request, @HeaderParam("If-Match") String ifMatch) {
        return command(id, ifMatch, request, "RefuseApplication", new RefuseApplication(request.reason(), calendar.today()));
    }

    private Response command(UUID id, String ifMatch, Object body, String name, RecognitionApplicationCommand command) {
        return gateway.handle(CommandRequest.of(null, ifMatch, body), name, expected -> {
            RecognitionApplicationId applicationId = new RecognitionApplicationId(id);
            existing(applicationId);
            Decision<RecognitionApplication> d = aggregates.handle(RecognitionApplication.TYPE, applicationId, command, expected);
            return CommandResult.ok(d.version(), RecognitionApplicationView.of(d.state()));
        });
    }

    /** The application, if it exists and the caller may see it; another organisation's is unknown to a partner. */
    private Loaded<RecognitionApplication> existing(RecognitionApplicationId id) {
        Loaded<RecognitionApplication> application = aggregates.load(RecognitionApplication.TYPE, id);
        if (!application.exists() || !caller.mayAccess(application.state().organisation())) {
            throw RuleViolation.notFound("unknown-application", "There is no application " + id.value());
        }
        return application;
    }
}
