package org.reformplatform.mobility;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date where the arrangements are made: terms, deferrals and due dates are calendar days
 * in the region's time zone, not in UTC. Both readings come from the kernel's one injectable clock.
 * Handlers read it and pass the date and time in their commands; the deciders never read a clock.
 */
@ApplicationScoped
public class BusinessCalendar {

    @ConfigProperty(name = "mobility.time-zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Instant now() {
        return clock.instant();
    }
}
