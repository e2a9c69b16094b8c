package org.reformplatform.crudbaseline;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * admissions-service's {@code POST /v1/applications} as a team would write it without the platform:
 * the same JSON body with the same Bean Validation, the same roles and organisation claim, and one
 * Panache insert in one transaction. What it leaves out is what the benchmark weighs: no intake
 * event is read or seated, no event is stored, nothing is queued for a broker.
 */
@Path("/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    public record SubmitApplicationRequest(@NotNull UUID intakeEventId, @Valid @NotNull CandidateRequest candidate) {
    }

    public record CandidateRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String contactEmail,
            @Valid BackgroundRequest background) {
    }

    public record BackgroundRequest(DegreeLevel degreeLevel, @Size(max = 200) String discipline, @Size(max = 2000) String description) {
    }

    /** The answer, shaped like admissions' application view for its owner. */
    public record ApplicationView(UUID id, UUID intakeEventId, String organisation, String status, Instant submittedAt,
            String candidateName, String contactEmail, BackgroundRequest background) {

        static ApplicationView of(SubmittedApplication row) {
            return new ApplicationView(row.id, row.intakeEventId, row.organisation, row.status, row.submittedAt, row.candidateName,
                    row.contactEmail, new BackgroundRequest(row.degreeLevel, row.discipline, row.backgroundDescription));
        }
    }

    @Inject
    JsonWebToken token;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"partner", "operator"})
    @Transactional
    public Response submit(@Valid @NotNull SubmitApplicationRequest request) {
        String organisation = organisation();
        if (organisation == null) {
            return Response.status(Response.Status.FORBIDDEN).type("application/problem+json")
                    .entity(Map.of("type", "https://reform-platform.org/problems/organisation-required", "status", 403)).build();
        }
        SubmittedApplication row = new SubmittedApplication();
        row.id = UUID.randomUUID();
        row.intakeEventId = request.intakeEventId();
        row.organisation = organisation;
        row.status = "submitted";
        row.candidateName = request.candidate().name();
        row.contactEmail = request.candidate().contactEmail();
        BackgroundRequest background = request.candidate().background();
        row.degreeLevel = background == null || background.degreeLevel() == null ? DegreeLevel.NOT_STATED : background.degreeLevel();
        row.discipline = background == null ? null : background.discipline();
        row.backgroundDescription = background == null ? null : background.description();
        row.submittedAt = Instant.now();
        row.persist();
        return Response.created(URI.create("/v1/applications/" + row.id)).entity(ApplicationView.of(row)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"partner", "operator"})
    public Response get(@PathParam("id") UUID id) {
        SubmittedApplication row = SubmittedApplication.findById(id);
        if (row == null || (!isOperator() && !row.organisation.equals(organisation()))) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return Response.ok(ApplicationView.of(row)).build();
    }

    private boolean isOperator() {
        return token.getGroups() != null && token.getGroups().contains("operator");
    }

    private String organisation() {
        Object claim = token.getClaim("org");
        if (claim == null) {
            return null;
        }
        String value = claim.toString();
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.isBlank() ? null : value;
    }
}
