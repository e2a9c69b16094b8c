package org.reformplatform.admissions.calibration;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.admissions.application.IntakeCalibrations;
import org.reformplatform.eventsourcing.security.Roles;

/** An intake event's ranking, for operators and analysts: raw and calibrated totals side by side. */
@Path("/v1/intake-event-rankings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class IntakeRankingResource {

    @Inject
    IntakeCalibrations calibrations;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The intake event's reviewed applications, ranked", description = "Every application of the event with at least "
            + "one review, ranked on what the event's policy reads (raw or calibrated mean total), with both means, its percentile "
            + "within the event, and each reviewer's habit (the offset calibration takes out). Computed from the reviews recorded so "
            + "far: the same reviews give the same ranking. Applications are named by id only (blind events stay blind). An event "
            + "without reviews (or unknown) has an empty ranking.")
    public IntakeRanking ranking(@PathParam("id") UUID id) {
        return IntakeRanking.of(id, calibrations.of(id), calibrations.applications(id));
    }
}
