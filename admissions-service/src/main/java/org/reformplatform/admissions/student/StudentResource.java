package org.reformplatform.admissions.student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.reformplatform.admissions.ids.StudentId;
import org.reformplatform.admissions.student.StudentCommand.AddGoal;
import org.reformplatform.admissions.student.StudentCommand.PlanMilestone;
import org.reformplatform.admissions.student.StudentCommand.ReachMilestone;
import org.reformplatform.admissions.student.StudentCommand.RecordProgressNote;
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
 * Students: created by admission, with no fixed term. Their individual plan (一生一策) is worked on by
 * their mentors and operators: goals, research milestones, progress notes.
 */
@Path("/v1/students")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Students", description = "Admitted students and their individual plans")
public class StudentResource {

    @Schema(name = "GoalInput")
    public record GoalRequest(@NotBlank @Size(max = 2000) @Schema(example = "Publish a first paper on low-cost robotic sorting") String description) {
    }

    @Schema(name = "MilestoneInput")
    public record MilestoneRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Working prototype at a recycling plant") String title,
            @Size(max = 2000) @Schema(example = "Sorting accuracy above 95% for a week") String description,
            @Schema(example = "2027-03-31", description = "Optional: there is no fixed term") LocalDate targetDate) {
    }

    @Schema(name = "MilestoneReached")
    public record ReachedRequest(
            @NotNull @Schema(example = "2027-02-14") LocalDate reachedOn,
            @Size(max = 2000) @Schema(example = "Plant report, week 7") String evidence) {
    }

    @Schema(name = "ProgressNoteInput")
    public record NoteRequest(@NotBlank @Size(max = 10_000) @Schema(example = "Vision model retrained on plant data") String text) {
    }

    @Inject
    CommandGateway gateway;

    @Inject
    IndividualPlanHandler plans;

    @Inject
    StudentAccess access;

    @Inject
    Caller caller;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One student with plan and mentor team, current as of now", description = "For operators, the organisation "
            + "that applied for the student, and the student's mentors. The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return ETags.current(access.visible(new StudentId(id)), StudentView::of);
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR})
    @Operation(summary = "Admitted students", description = "From the read model, most recently admitted first. Partners see their "
            + "own organisation's students only.")
    public Page<StudentListing> list(@QueryParam("intakeEventId") UUID intakeEventId,
            @Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .owned("organisation", caller, null)
                .equal("intakeEventId", intakeEventId)
                .page(AdmittedStudent.class, Sort.descending("admittedAt").and("studentId"), paging, StudentListing::of);
    }

    @POST
    @Path("/{id}/plan/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Add a goal to the student's individual plan", description = "By an operator or one of the student's mentors.")
    public Response addGoal(@PathParam("id") UUID id, @Valid @NotNull GoalRequest request, @HeaderParam("If-Match") String ifMatch) {
        return plan(id, ifMatch, request, "AddGoal", at -> new AddGoal(UUID.randomUUID(), request.description(), at));
    }

    @POST
    @Path("/{id}/plan/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Plan a research milestone", description = "Progress is by milestones, not by years; a target date is optional.")
    public Response planMilestone(@PathParam("id") UUID id, @Valid @NotNull MilestoneRequest request, @HeaderParam("If-Match") String ifMatch) {
        return plan(id, ifMatch, request, "PlanMilestone",
                at -> new PlanMilestone(UUID.randomUUID(), request.title(), request.description(), request.targetDate(), at));
    }

    @POST
    @Path("/{id}/plan/milestones/{milestoneId}/reaching")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Record that a milestone was reached")
    public Response reachMilestone(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId, @Valid @NotNull ReachedRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return plan(id, ifMatch, request, "ReachMilestone", at -> new ReachMilestone(milestoneId, request.reachedOn(), request.evidence(), at));
    }

    @POST
    @Path("/{id}/plan/progress-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Record a progress note", description = "The author is the caller.")
    public Response recordNote(@PathParam("id") UUID id, @Valid @NotNull NoteRequest request, @HeaderParam("If-Match") String ifMatch) {
        String author = caller.subject();
        return plan(id, ifMatch, request, "RecordProgressNote", at -> new RecordProgressNote(author, request.text(), at));
    }

    private Response plan(UUID id, String ifMatch, Object body, String name, Function<Instant, StudentCommand> change) {
        return gateway.change(CommandRequest.of(null, ifMatch, body), name, expected -> {
            StudentId studentId = new StudentId(id);
            access.plannable(studentId);
            return plans.handle(studentId, change, expected);
        }, StudentView::of);
    }
}
