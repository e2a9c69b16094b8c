package org.reformplatform.admissions.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.reformplatform.admissions.application.ApplicationCommand.SubmitApplication;
import org.reformplatform.admissions.application.ApplicationCommand.SubmitProjectWork;
import org.reformplatform.admissions.application.ApplicationCommand.WithdrawApplication;
import org.reformplatform.admissions.application.ApplicationView.Audience;
import org.reformplatform.admissions.ids.ApplicationId;
import org.reformplatform.admissions.review.ReviewCalibration;
import org.reformplatform.admissions.ids.IntakeEventId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.http.ETags;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * Applications: a partner organisation (or an operator, for the institute's own portal) submits a
 * candidate to an open intake event, adds the project work and may withdraw. A partner sees and acts
 * on its own organisation's applications only.
 */
@Path("/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Candidates applying to intake events, their project work and withdrawal")
public class ApplicationResource {

    @Schema(name = "SubmitApplication")
    public record SubmitApplicationRequest(
            @NotNull @Schema(example = "3f0c6a52-7a0e-4f7e-9a8e-1b2c3d4e5f60") UUID intakeEventId,
            @Valid @NotNull CandidateRequest candidate) {
    }

    @Schema(name = "CandidateInput")
    public record CandidateRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Li Wei") String name,
            @NotBlank @Email @Size(max = 320) @Schema(example = "li.wei@example.org") String contactEmail,
            @Valid @Schema(description = "Recorded for analysis only: admission never depends on it") BackgroundRequest background,
            @Schema(example = "null", description = "The student the candidate already is, when an admitted student applies to another "
                    + "intake event: their mentor team and ventures are checked for conflicts of interest before a reviewer is assigned")
            UUID studentId) {
    }

    @Schema(name = "BackgroundInput")
    public record BackgroundRequest(
            @Schema(example = "NONE") DegreeLevel degreeLevel,
            @Size(max = 200) @Schema(example = "Classical music") String discipline,
            @Size(max = 2000) @Schema(example = "Self-taught programmer, builds robots as a hobby") String description) {
    }

    @Schema(name = "ProjectWorkInput")
    public record ProjectWorkRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Recyclable-sorting robot arm") String title,
            @NotBlank @Size(max = 20_000) @Schema(example = "A 4-axis arm with a vision model that sorts five kinds of waste") String description,
            @Size(max = 20) @Schema(example = "[\"https://git.example.org/li-wei/sorter\"]")
            List<@NotBlank @Size(max = 2000) @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http or https URL") String> links) {
    }

    @Schema(name = "Withdrawal")
    public record WithdrawalRequest(@NotBlank @Size(max = 2000) @Schema(example = "Accepted a position elsewhere") String reason) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    ApplicationAccess access;

    @Inject
    Caller caller;

    @Inject
    SubmitApplicationHandler submit;

    @Inject
    ApplicationProgressHandler progress;

    @Inject
    WithdrawApplicationHandler withdrawal;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Submit an application to an open intake event", description = "For the caller's own organisation (the "
            + "token's org claim). The event must be open, inside its window and have a place left (409 otherwise). The candidate's "
            + "background is recorded for analysis only. Send an Idempotency-Key to retry safely.")
    public Response submit(@Valid @NotNull SubmitApplicationRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return gateway.create(CommandRequest.of(idempotencyKey, null, request), "SubmitApplication",
                expected -> submit.handle(new IntakeEventId(request.intakeEventId()), caller.requireOrganisation(),
                        candidate(request.candidate())),
                application -> "/v1/applications/" + application.id().value(),
                application -> ApplicationView.of(application, caller.is(Roles.OPERATOR) ? Audience.STAFF : Audience.OWNER));
    }

    @Inject
    IntakeCalibrations calibrations;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One application, current as of now", description = "Partners see their own organisation's applications, "
            + "reviewers those assigned to them (without the candidate's background and contact), operators all, with its standing in "
            + "its intake event once reviewed (raw and calibrated mean totals, percentile). The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.visible(new ApplicationId(id)), application -> {
            ApplicationView view = ApplicationView.of(application, access.audience(application));
            if (access.audience(application) != ApplicationView.Audience.STAFF) {
                return view;
            }
            ReviewCalibration.Standing standing = calibrations.of(application.intakeEventId().value()).standings().get(id);
            return standing == null ? view : view.withStanding(new ApplicationView.StandingView(
                    calibrations.basisOf(application.intakeEventId().value()).name(), standing.rawMeanTotal(), standing.calibratedMeanTotal(),
                    standing.percentile()));
        });
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Applications with their status", description = "From the read model, newest first. Partners see only their "
            + "own organisation's; operators may filter by organisation.")
    public Page<ApplicationListing> list(@QueryParam("intakeEventId") UUID intakeEventId,
            @QueryParam("status") ApplicationStatus status,
            @QueryParam("organisation") @Size(max = 200) String organisation,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .owned("organisation", caller, organisation)
                .equal("intakeEventId", intakeEventId)
                .equal("status", status)
                .page(ApplicationSummary.class, Sort.descending("submittedAt").and("id"), paging,
                        row -> ApplicationListing.of(row, !caller.is(Roles.OPERATOR)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "An application's status and the history of its events", description = "From the read model: every event "
            + "with its time, oldest first. A partner sees its own organisation's applications only.")
    public ApplicationHistory history(@PathParam("id") UUID id) {
        ApplicationSummary row = caller.visible(ApplicationSummary.<ApplicationSummary>findById(id), r -> r.organisation,
                () -> ApplicationAccess.unknown(new ApplicationId(id)));
        List<ApplicationHistoryEntry> entries = ApplicationHistoryEntry.list("applicationId", Sort.by("streamVersion"), id);
        return ApplicationHistory.of(row, entries);
    }

    @POST
    @Path("/{id}/project-work")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Submit the candidate's project work", description = "Title, description and links (http or https URLs). "
            + "It may be replaced until the first review is in; then every reviewer scores the same work.")
    public Response submitProjectWork(@PathParam("id") UUID id, @Valid @NotNull ProjectWorkRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "SubmitProjectWork", expected -> {
            ApplicationId applicationId = new ApplicationId(id);
            access.ownedOrOperated(applicationId);
            ProjectWork work = new ProjectWork(request.title(), request.description(), links(request.links()));
            return progress.submitProjectWork(applicationId, work, expected);
        }, application -> ApplicationView.of(application, access.audience(application)));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Withdraw an undecided application", description = "Its place in the intake event is given back at once.")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawalRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "WithdrawApplication", expected -> {
            ApplicationId applicationId = new ApplicationId(id);
            access.ownedOrOperated(applicationId);
            return withdrawal.handle(applicationId, request.reason(), expected);
        }, application -> ApplicationView.of(application, access.audience(application)));
    }

    private static Candidate candidate(CandidateRequest request) {
        BackgroundRequest background = request.background();
        return new Candidate(request.name(), request.contactEmail(), background == null ? Background.notStated()
                : new Background(background.degreeLevel() == null ? DegreeLevel.NOT_STATED : background.degreeLevel(),
                        background.discipline(), background.description()),
                request.studentId() == null ? null : new StudentId(request.studentId()));
    }

    private static List<URI> links(List<String> links) {
        if (links == null) {
            return List.of();
        }
        List<URI> uris = new ArrayList<>();
        for (String link : links) {
            try {
                uris.add(new URI(link.trim()));
            } catch (URISyntaxException e) {
                throw RuleViolation.malformed("malformed-link", "Not a URL: " + link).with("link", link);
            }
        }
        return uris;
    }
}
