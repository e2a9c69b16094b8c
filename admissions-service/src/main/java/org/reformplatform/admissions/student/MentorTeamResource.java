package org.reformplatform.admissions.student;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import org.reformplatform.admissions.ids.MentorId;
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.mentoring.Mentor;
import org.reformplatform.admissions.mentoring.MentorshipSide;
import org.reformplatform.admissions.student.StudentCommand.EndMentorship;
import org.reformplatform.admissions.student.StudentCommand.FormMentorTeam;
import org.reformplatform.admissions.student.StudentCommand.RematchMentor;
import org.reformplatform.eventsourcing.http.CommandGateway;
import org.reformplatform.eventsourcing.http.CommandGateway.CommandRequest;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * A student's mentor team: formed by operators, ended by either side (合伙人式), re-matched with a
 * record of who replaced whom. Every change takes or frees places in the mentors' own streams in the
 * same transaction, where their capacity is enforced.
 */
@Path("/v1/students")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentor teams", description = "Forming, ending and re-matching a student's mentorships")
public class MentorTeamResource {

    @Schema(name = "FormMentorTeam")
    public record FormTeamRequest(@NotEmpty @Size(max = 10) @Schema(description = "At least one full-time or part-time mentor")
            List<@NotNull UUID> mentors) {
    }

    @Schema(name = "MentorshipEnding")
    public record EndingRequest(
            @Schema(description = "Who ends it; a mentor ending their own mentorship is always MENTOR; operators default to STUDENT",
                    example = "STUDENT") MentorshipSide side,
            @Size(max = 2000) @Schema(example = "Research direction changed") String reason) {
    }

    @Schema(name = "Rematch")
    public record RematchRequest(
            @NotNull UUID previousMentorId,
            @NotNull UUID newMentorId,
            @Size(max = 2000) @Schema(example = "The student moved from vision to robotics control") String reason) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    StudentAccess students;

    @Inject
    Caller caller;

    @Inject
    FormMentorTeamHandler forming;

    @Inject
    EndMentorshipHandler ending;

    @Inject
    RematchMentorHandler rematching;

    @POST
    @Path("/{id}/mentor-team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Form the student's mentor team", description = "At least one full-time or part-time mentor; industry mentors "
            + "are optional. A mentor at capacity is refused (409).")
    public Response form(@PathParam("id") UUID id, @Valid @NotNull FormTeamRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "FormMentorTeam", expected -> {
            StudentId studentId = new StudentId(id);
            students.visible(studentId);
            return forming.handle(studentId, request.mentors().stream().map(MentorId::new).toList(), expected);
        }, StudentView::of);
    }

    @POST
    @Path("/{id}/mentorships/{mentorId}/ending")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.PARTNER, Roles.REVIEWER})
    @Operation(summary = "End a mentorship", description = "Either side may: the mentor themself (recognised by their token subject), "
            + "or an operator for the student's side. The mentor's place is freed.")
    public Response end(@PathParam("id") UUID id, @PathParam("mentorId") UUID mentorId, @Valid @NotNull EndingRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "EndMentorship", expected -> {
            StudentId studentId = new StudentId(id);
            MentorId mentor = new MentorId(mentorId);
            MentorshipSide side = ending.side(mentor, caller.is(Roles.OPERATOR) ? null : caller.subject(), request.side());
            students.visible(studentId);
            return ending.handle(studentId, mentor, side, request.reason(), expected);
        }, StudentView::of);
    }

    @POST
    @Path("/{id}/rematches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Re-match a mentor", description = "Replaces a current or former mentor with another, recording both; the team "
            + "must keep a full-time or part-time mentor, and the new mentor must have a place.")
    public Response rematch(@PathParam("id") UUID id, @Valid @NotNull RematchRequest request, @HeaderParam("If-Match") String ifMatch) {
        return gateway.change(CommandRequest.of(null, ifMatch, request), "RematchMentor", expected -> {
            StudentId studentId = new StudentId(id);
            students.visible(studentId);
            return rematching.handle(studentId, new MentorId(request.previousMentorId()), new MentorId(request.newMentorId()),
                    request.reason(), expected);
        }, StudentView::of);
    }
}
