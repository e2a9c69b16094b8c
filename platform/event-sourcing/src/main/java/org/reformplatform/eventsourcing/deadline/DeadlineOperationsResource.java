package org.reformplatform.eventsourcing.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** Operators' view of the deadlines: every one by status, what fired, was refused or was cancelled and why, and the counts. */
@Path("/ops/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class DeadlineOperationsResource {

    /** How many deadlines are in each state, and the oldest overdue one's due time. */
    public record DeadlineSummary(Instant now, long pending, long overdue, long dueWithinAWeek, long fired, long refused, long cancelled,
            long failingAttempts, Instant oldestOverdue) {
    }

    @Inject
    Deadlines deadlines;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Every deadline by status: pending, overdue, fired, refused or cancelled",
            description = "With each one's outcome, failed attempts and last error; fired ones latest first, others soonest due first.")
    public Page<Deadlines.DeadlineView> all(
            @QueryParam("status") @DefaultValue("pending") @Pattern(regexp = "pending|overdue|fired|refused|cancelled|failing") String status,
            @QueryParam("name") String name,
            @Valid @BeanParam PageRequest paging) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String order = "due_at, id";
        switch (status) {
            case "overdue" -> {
                where.add("status = 'PENDING' AND due_at <= ?");
                parameters.add(clock.instant());
            }
            case "failing" -> where.add("status = 'PENDING' AND attempts > 0");
            case "pending" -> where.add("status = 'PENDING'");
            default -> {
                where.add("status = ?");
                parameters.add(status.toUpperCase(java.util.Locale.ROOT));
                order = "closed_at DESC, id";
            }
        }
        if (name != null) {
            where.add("name = ?");
            parameters.add(name);
        }
        return deadlines.page(String.join(" AND ", where), parameters, order, paging);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "How many deadlines are pending, overdue, fired, refused and cancelled")
    public DeadlineSummary summary() {
        Instant now = clock.instant();
        List<Deadlines.DeadlineView> oldest = deadlines.query("WHERE status = 'PENDING' AND due_at <= ? ORDER BY due_at", List.of(now), 0, 1);
        return new DeadlineSummary(now, count("status = 'PENDING'"), deadlines.count("WHERE status = 'PENDING' AND due_at <= ?", List.of(now)),
                deadlines.count("WHERE status = 'PENDING' AND due_at > ? AND due_at <= ?", List.of(now, now.plus(Duration.ofDays(7)))),
                count("status = 'FIRED'"), count("status = 'REFUSED'"), count("status = 'CANCELLED'"),
                count("status = 'PENDING' AND attempts > 0"), oldest.isEmpty() ? null : oldest.get(0).dueAt());
    }

    private long count(String where) {
        return deadlines.count("WHERE " + where, List.of());
    }
}
