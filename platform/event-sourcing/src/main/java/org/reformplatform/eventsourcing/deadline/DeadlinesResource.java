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
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/**
 * What is due and what is overdue: partners see their own organisation's deadlines, operators and
 * analysts every one ({@link DeadlineOperationsResource} shows what became of them).
 */
@Path("/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    @Inject
    Deadlines deadlines;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OPERATOR, Roles.ANALYST})
    @Tag(name = "Deadlines")
    @Operation(summary = "What falls due: overdue, due within a week, or everything pending",
            description = "Deadlines this service keeps (a signing that lapses, a decision owed by law, a pledge's due date), "
                    + "soonest first. Partners see their own organisation's.")
    public Page<Deadlines.DeadlineView> due(
            @QueryParam("when") @DefaultValue("pending") @Pattern(regexp = "overdue|week|pending") String when,
            @Valid @BeanParam PageRequest paging) {
        Instant now = clock.instant();
        List<String> where = new ArrayList<>(List.of("status = 'PENDING'"));
        List<Object> parameters = new ArrayList<>();
        if (when.equals("overdue")) {
            where.add("due_at <= ?");
            parameters.add(now);
        } else if (when.equals("week")) {
            where.add("due_at > ? AND due_at <= ?");
            parameters.add(now);
            parameters.add(now.plus(Duration.ofDays(7)));
        }
        String organisation = caller.organisationFilter(null);
        if (organisation != null) {
            where.add("organisation = ?");
            parameters.add(organisation);
        }
        return deadlines.page(String.join(" AND ", where), parameters, "due_at, id", paging);
    }
}
