package org.reformplatform.admissions.reviewqueue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Caller;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** A reviewer's queue: what is waiting for the caller's review. */
@Path("/v1/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ReviewQueueResource {

    @Inject
    Caller caller;

    @GET
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Your review queue", description = "Applications on whose panel you sit and that you have not reviewed yet, "
            + "oldest assignment first. From the read model.")
    public Page<ReviewQueueItem> queue(@Valid @BeanParam PageRequest paging) {
        return ListFilter.all()
                .equal("reviewer", caller.subject())
                .equal("state", ReviewAssignment.State.AWAITING)
                .page(ReviewAssignment.class, Sort.by("assignedAt").and("applicationId"), paging, ReviewQueueItem::of);
    }
}
