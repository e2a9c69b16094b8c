package org.reformplatform.eventsourcing.ops;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.reformplatform.eventsourcing.config.PlatformSettings;
import org.reformplatform.eventsourcing.domain.RuleViolation;
import org.reformplatform.eventsourcing.security.Roles;

/**
 * The service's clock, as operators see it; on a local or system-test platform ({@code
 * platform.clock.adjustable=true}) also set forward, to let a year of the scenario pass in minutes.
 */
@Path("/ops/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class ClockResource {

    /** The clock's time and how far it is from the real time. */
    public record ClockView(Instant now, Duration offset, boolean adjustable) {
    }

    /** Where to set the clock: a moment, which must not be earlier than the clock's time now. */
    public record SetClock(@NotNull Instant now) {
    }

    /** How far a test platform may live in the future: decades of scenario, not the year 1,000,000. */
    static final Duration HORIZON = Duration.ofDays(20 * 366);

    @Inject
    PlatformClock clock;

    @Inject
    PlatformSettings settings;

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The service's clock: its time and its offset from the real time")
    public ClockView get() {
        return view();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Set the clock forward (local and test platforms only)",
            description = "Refused with 409 unless platform.clock.adjustable is on. The deadlines due by the new time fire "
                    + "at once, in due order (GET /ops/deadlines/summary shows them leave the overdue count).")
    public ClockView set(@Valid @NotNull SetClock request) {
        if (!settings.clockAdjustable()) {
            throw RuleViolation.conflict("clock-not-adjustable", "This service's clock is the real time; it is set only on "
                    + "platforms started with platform.clock.adjustable=true");
        }
        if (request.now().isBefore(clock.instant())) {
            throw RuleViolation.invalid("clock-backwards", "The clock only moves forward: " + request.now() + " is before "
                    + clock.instant());
        }
        if (request.now().isAfter(Instant.now().plus(HORIZON))) {
            throw RuleViolation.invalid("clock-too-far", "The clock moves at most " + HORIZON.toDays() + " days past the real time");
        }
        clock.travelTo(request.now());
        return view();
    }

    private ClockView view() {
        return new ClockView(clock.instant(), clock.offset(), settings.clockAdjustable());
    }
}
