package org.reformplatform.admissions.specialreview;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.reformplatform.admissions.application.IntakeCalibrations;
import org.reformplatform.admissions.review.ReviewCalibration;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.http.ListFilter;
import org.reformplatform.eventsourcing.http.Page;
import org.reformplatform.eventsourcing.security.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import org.reformplatform.eventsourcing.http.PageRequest;

/** The non-consensus docket, for the committee (operators) and analysts. */
@Path("/v1/special-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class SpecialReviewDocketResource {

    @Inject
    ObjectMapper mapper;

    @Inject
    IntakeCalibrations calibrations;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The non-consensus docket", description = "Applications the policy referred to special review, with the "
            + "reviewers' totals, the mean and the spread (on what the intake event's policy reads), the raw and calibrated mean "
            + "totals and the application's percentile within its intake event, as of now; pending (default), decided or all. "
            + "Oldest referral first; intakeEventId narrows the docket to one intake event.")
    public Page<SpecialReviewListing> docket(@QueryParam("intakeEventId") UUID intakeEventId,
            @QueryParam("status") @DefaultValue("pending") @Pattern(regexp = "pending|decided|all") String status,
            @Valid @BeanParam PageRequest paging) {
        Map<UUID, ReviewCalibration.Result> byEvent = new HashMap<>();
        return ListFilter.all()
                .equal("intakeEventId", intakeEventId)
                .where("status = :pending", "pending", "pending".equals(status) ? SpecialReviewCase.Status.PENDING : null)
                .where("status <> :pending", "pending", "decided".equals(status) ? SpecialReviewCase.Status.PENDING : null)
                .page(SpecialReviewCase.class, Sort.by("referredAt").and("applicationId"), paging,
                        (SpecialReviewCase row) -> SpecialReviewListing.of(row, mapper,
                                byEvent.computeIfAbsent(row.intakeEventId, calibrations::of)));
    }
}
